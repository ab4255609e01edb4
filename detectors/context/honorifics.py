"""Names that an honorific or a role word of the City's translated pages marks as a person's, in running text.

The English reader finds a name by its capitalised words and the Census lists; the City's Vietnamese, Korean, Chinese
and Tagalog pages mark a person by a word beside the name instead, and their names are often on no English list:

- Vietnamese puts ông/bà/chị/anh/cô (Mr., Mrs., Ms.) before the family name first: "ông Dương Thanh Bảo", "Chị Đặng
  Thị Yến", and "ông Bảo" of a man called by his given name;
- Korean puts 씨 after the name, a particle maybe after it: "김경수 씨는", "이채원 씨의 집";
- Chinese runs a name into the words around it, so only a name between a word for its holder (客户 customer, 持有人
  holder, 业主/企业主 owner, 租户 tenant, 房东 landlord) and a verb, particle or honorific stands apart: "PCE客户許碧霞说",
  "账户...的持有人楊俊傑表示", "客户杨涛的家庭", "小企业主王利经营";
- Tagalog puts si/ni/kay (the person marker) or G./Gng./Bb. (Mr., Mrs., Miss) before the name: "Si Dindo Sarmiento
  Bituin", "Ayon kay Ernesto Paguio Buenaventura", "ni G. Buenaventura";
- Persian puts آقای/خانم (Mr., Mrs.) before the given name and surname, in a script with no capitals to tell a name
  from the verb after it: "خانم گلناز شیرازی ساکن ..." (Mrs. Golnaz Shirazi, resident of ...);
- a page in Punjabi, Hindi, Persian or Arabic may write a name in its own script with the Latin spelling in
  brackets right after it, "ਰਵਿੰਦਰ ਬੈਂਸ (Ravinder Bains)": the Latin spelling says the words before it are a name.

A name is no customer's by being found here: the record around it must still tie it (``prose``). A member of the
council or staff named with their title ("Nghị viên", "Konsehala", "市长") is none (see ``persons.named_officially``).
"""
from __future__ import annotations

import re

from ..vocabulary import common_word, fold, given_names, name_like, surnames

_VIETNAMESE_WORD = r"[^\W\d_]+"  # a capitalised one (see _capitalised_words): "Đặng", "Ư", "Ậ" are of no one range
# the titles of office a Vietnamese page writes after the honorific: council member, mayor, officer, director, inspector
_VIETNAMESE_TITLE = re.compile(r"(?i)(?:ngh\u1ecb vi\u00ean|th\u1ecb tr\u01b0\u1edfng|vi\u00ean ch\u1ee9c|"
                               r"gi\u00e1m \u0111\u1ed1c|thanh tra|tr\u01b0\u1edfng ph\u00f2ng)\b")
# Mr., Mrs., Ms., the older and younger sister, Miss: lower-case inside a sentence, capitalised at its start ("anh" and
# "cô" only lower-case: "Anh" and "Cô" are given names too, "Cô" a word of several languages)
_VIETNAMESE = re.compile(rf"(?<![^\W\d_])(?:[\u00d4\u00f4]ng|B\u00e0|b\u00e0|Ch\u1ecb|ch\u1ecb|anh|c\u00f4)[ \t]+"
                         rf"(?P<name>{_VIETNAMESE_WORD}(?:[ \t]+{_VIETNAMESE_WORD}){{0,3}})")
_HANGUL = "\uac00-\ud7a3"
KOREAN_SURNAMES = ("남궁|황보|제갈|선우|독고|사공|서문|김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|"
                   "고|문|양|손|배|백|허|남|심|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|"
                   "도|소|석|선|설|마|길|연|위|표|명|기|반|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부|태|목")
# a surname's syllable and one or two more, then 씨 alone or with a particle (는/은 topic, 의 of, 가/이 subject, 를 object,
# 에게/께 to, 와/과 and, 도 too, 께서): not 씨앗 (seed), whose 씨 opens a word
_KOREAN = re.compile(rf"(?<![{_HANGUL}])(?P<name>(?:{KOREAN_SURNAMES})[{_HANGUL}]{{1,2}})[ \t]?씨"
                     rf"(?:는|의|가|를|에게|께서|와|도|가|로)?(?![{_HANGUL}])")
# and 님 (a customer's or anyone's honorific, "고객님" of a customer) after the name, alone or after a space: "박민서
# 고객님", "강동원 님 댁" (Mr. Kang's home); not a title or a role the honorific follows as often ("김과장님", "목사님",
# "선생님", "위원님", "부모님"): see ``_korean_role``
_KOREAN_NIM = re.compile(rf"(?<![{_HANGUL}])(?P<name>(?:{KOREAN_SURNAMES})[{_HANGUL}]{{1,2}}(?<!님))[ \t]?(?:고객)?님"
                         rf"(?:은|은요|이|의|께|께서|께서는|도|과)?(?![{_HANGUL}])")
# the last syllable of a title, an office or a place that 님 follows: 과장 (section chief), 주무관 (officer), 소장,
# 원장, 목사 (pastor), 신부 (priest), 기사 (driver), 시청 (city hall), 센터, 선생 (teacher)
_KOREAN_TITLE_ENDS = frozenset("장관과청실국팀당교소사부점센처회생")
# the roles and kin a page honours with 님 that open with a surname's syllable: committee member, parents, mother,
# madam, neighbour, customer, member, resident, everyone, helper
_KOREAN_ROLES = frozenset("위원 부모 어머 사모 이웃 고객 회원 주민 여러분 도우미 조합원".split())
# the commonest Cambodian family names in Khmer script, written before the given name and a space apart from it:
# Sok, Chea, Heng, Ly, Kim, Pov, Mao, Chhim, Keo, Meas, Chan, Nhim, Ouk, Prak, Seng, Tep, Touch, Yim, Hun, Chhun, Long,
# Nget, Sun, Nuon, Pen, Khieu, Im, Um, Chheang, Taing, Lim, Prom, Ros, Suon, Sin, Vong, Dy, Mok, Som, Cheng, Khun
KHMER_SURNAMES = ("សុខ|ជា|ហេង|លី|គឹម|ពៅ|ម៉ៅ|ឈិម|កែវ|មាស|ចាន់|ញឹម|អ៊ុក|ប្រាក់|សេង|ទេព|ទូច|យឹម|ហ៊ុន|ឈុន|ឡុង|ង៉ែត|"
                  "ស៊ុន|នួន|ប៉ែន|ខៀវ|អ៊ឹម|អ៊ុំ|ឈាង|តាំង|លឹម|ព្រំ|រស់|សួន|ស៊ិន|វង្ស|ឌី|ម៉ក់|សោម|ចេង|ឃុន")
_HAN = "\u4e00-\u9fff"
CHINESE_SURNAMES = ("欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|王|李|张|張|刘|劉|陈|陳|杨|楊|黄|黃|赵|趙|吴|吳|周|徐|孙|孫|马|馬|"
                    "朱|胡|郭|何|高|林|罗|羅|郑|鄭|梁|谢|謝|宋|唐|许|許|韩|韓|冯|馮|邓|鄧|曹|彭|曾|肖|蕭|田|董|袁|潘|于|蒋|蔣|"
                    "蔡|余|杜|叶|葉|程|苏|蘇|魏|吕|呂|丁|任|沈|姚|卢|盧|姜|崔|钟|鍾|谭|譚|陆|陸|汪|范|範|金|石|廖|贾|賈|夏|"
                    "韦|韋|付|方|白|邹|鄒|孟|熊|秦|邱|江|尹|薛|闫|段|雷|侯|龙|龍|史|陶|黎|贺|賀|顾|顧|毛|郝|龚|龔|邵|万|萬|"
                    "钱|錢|严|嚴|武|戴|莫|孔|向|汤|湯|温|溫|易|常|乔|喬|赖|賴|庞|龐|樊|施|洪|翁|关|關|区|區|欧|歐|伍|甘|柯|"
                    "简|簡|骆|駱|麦|麥|卓|岑|冼|锺|游|车|車|阮|凌|殷|祝|宁|寧|包|左|申|童|颜|顏|梅|盛|谷|涂|聂|聶|"
                    # the rest of the hundred commonest, but those that are everyday words too (文, 安, 成, 明, 华)
                    "张简|張簡|范姜|萧|傅|阎|閻|覃|康|牛|葛|邢|齐|齊|倪|庄|莊|章|鲁|魯|岳|翟|詹|耿|兰|蘭|焦|俞|柳|舒|"
                    "纪|紀|毕|畢|裴|霍|苗|冉|蓝|藍|辛|靳|管|柴|蒙|鲍|鮑|喻|祁|蒲|滕|屈|饶|饒|牟|艾|尤|穆|缪|繆|褚|娄|婁|"
                    "窦|竇|戚|宫|宮|费|費|卜|晏|柏|瞿|桂|佟|臧|闵|閔|邬|鄔|卞|姬|栾|欒|隋|刁|巫|寇|桑|郎|甄|仲|虞|敖|巩|鞏|"
                    "佘|邝|鄺|匡|鞠|荆|荊|冀|郁|胥|栗|燕|楚|鄢|谌|諶|奚|蔺|藺|郜|阚|闞|屠|廉|禹|扈|晁|芮|阙|闕|戈|雍|辜|"
                    "裘|亓|邰|赫|杭|嵇|湛|戎|茅|尉|昝|丘|凃|鄞|鐘|"
                    # the rest of the four hundred commonest that open no everyday word or place's name (not 查, 银,
                    # 居, 项, 支, nor 伊, 乌, 斯 of 伊朗, 乌克兰, 斯里兰卡, nor 伏 of 伏特 "volt")
                    "隆|芦|蘆|苟|仇|丛|叢|苑|粟|仝|帅|帥|朴|漆|卿|狄|晋|晉|浦|鹿|邸|逯|茹|慕|亢|勾|揭|冶|束|檀|尧|堯|"
                    "塗|龎")
# who holds the account or the home, run into the name after it
# (and the resident's: "居民刘志强住在 ...", "住户")
_CHINESE_HOLDER = ("客户|客戶|用户|用戶|持有人|户主|戶主|租户|租戶|房客|房东|房東|业主|業主|企业主|企業主|店主|屋主|"
                   "居民|住户|住戶")
# what a Chinese sentence says of the person right after their name: said, stated, called, the possessive 的, at, is,
# runs (a business), asks, complained; an honorific; lives at; a comma or a bracket
_CHINESE_AFTER = ("说|說|表示|称|稱|指出|的|于|於|在|是|已|经营|經營|要求|投诉|投訴|反映|希望|女士|先生|小姐|太太|住在|居住|"
                  "[，,。、：:（(\\s]")
_CHINESE_NAME = re.compile(rf"(?:{_CHINESE_HOLDER})[ \t]?(?P<name>(?:{CHINESE_SURNAMES})[{_HAN}]{{1,2}}?)"
                           rf"(?={_CHINESE_AFTER})")
# a resident named by where they live, the home before the name: "住在 371 Olive Hill Ct 的黃志明女士" (Ms. Huang
# who lives at ...), "家住 880 Mission Oaks Blvd 的李秀英（英文名 ...）"; the name before an honorific, a bracket, a
# comma or a verb of saying, in the clause of the home
_CHINESE_RESIDENT = re.compile(rf"(?:住在|住於|住于|家住|居住在|居住於|居住于)[^。！？!?\n]{{1,80}}?的[ \t]?"
                               rf"(?P<name>(?:{CHINESE_SURNAMES})[{_HAN}]{{1,2}}?)"
                               rf"(?=女士|先生|小姐|太太|说|說|表示|[，,、（(\s])")
# a name opening a sentence, an honorific or the clause of the person's home right after it: "陈美玲女士住在 ...",
# "黄丽华（住在 9454 W Sixth St）七月份 ...", "刘志强住在 ..." (a story's or a note's sentence about the resident)
_CHINESE_OPENING = re.compile(rf"(?:^|(?<=[。！？!?\n]))[ \t]*(?P<name>(?:{CHINESE_SURNAMES})[{_HAN}]{{1,2}}?)"
                              rf"(?=女士|先生|小姐|太太|[（(]?[ \t]?(?:住在|住於|住于|家住|居住在|居住於|居住于))")
# the words of a notice, minutes or a news story that open with a surname's character, which a reader of names finds
# where a name would stand (after a holder's word or a home's clause, or alone between spaces): a complaint, an
# application, a declaration, a relation, management, fees, payment, an amount, a balance, a plan, a way, a procedure,
# a peak, higher than, summer, a cycle, a range, any, the elderly, high income, permanent residence, in case, so,
# aspect, vehicles, including, about, for example, once, at once, director, ten thousand dollars ("客戶申訴" is a
# customer's complaint, "用户申请" a user's application, "高龄" the elderly); a party named by a word ending in 人
# ("申訴人" complainant, "代理人" agent) is no one's name either (``chinese_word``)
CHINESE_WORDS = frozenset("申訴 申诉 申請 申请 申報 申报 關係 关系 管理 費用 费用 付款 付費 付费 金額 金额 余额 餘額 "
                          "方案 方式 方面 程序 高峰 高於 高于 高齡 高龄 高收入 夏季 周期 週期 范围 範圍 任何 常住 万一 萬一 "
                          "于是 於是 曾經 曾经 马上 馬上 董事 万元 萬元 車輛 车辆 包括 关于 關於 例如 比如 譬如 举例 舉例".split())
_CHINESE_WORD_LENGTHS = sorted({len(word) for word in CHINESE_WORDS})
# the person marker of Tagalog, or a title, before one to four capitalised words: "si", "ni", "kay", "G.", "Gng.",
# "Bb."; not a title of office after the marker ("si Konsehala Nasra Mutai", "kay Mayor ...")
_TAGALOG_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+"
# (and the familiar "Aling" and "Mang" before a woman's and a man's given name: "si Aling Corazon Villareal")
_TAGALOG = re.compile(rf"(?<![\w.])(?:(?:[Ss]i|ni|kay|[Kk]ina|[Ss]ina)[ \t]+(?:(?:G|Gng|Bb|Dr)\.[ \t]*|(?:Aling|Mang)[ \t]+)?"
                      rf"|(?P<title>(?:G|Gng|Bb)\.)[ \t]*)"
                      rf"(?P<name>(?!(?:Konsehala?|Kagawad|Alkalde|Mayor|Bise|Direktor|Kapitan|Gobernador|Senador|"
                      rf"Kongresista|Hukom|Atty|Engr|Pangulo|Ginoong|Ginang)\b){_TAGALOG_WORD}"
                      # a middle initial: "Ana P. Cruz"; a surname's particle: "Arnel dela Cruz", "Lorna de los Reyes"
                      rf"(?:[ \t]+(?:[A-Z]\.[ \t]+)?(?:(?:dela|delos|del|de(?:[ \t]+l[ao]s?)?)[ \t]+)?{_TAGALOG_WORD}){{0,3}})")

# Persian "Mr." and "Mrs."/"Ms." (and the formal "جناب"), then the given name and the surname: two words of the Persian
# alphabet (its own letters پ چ ژ ک گ ی beside the Arabic ones, a zero-width non-joiner inside a word); not a title
# of office or a profession after it ("آقای دکتر", "خانم مهندس", "آقای شهردار": doctor, engineer, mayor)
_PERSIAN_WORD = "[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]{2,}"
_PERSIAN = re.compile(rf"(?<![\u0600-\u06ff])(?:\u0622\u0642\u0627\u06cc|\u062e\u0627\u0646\u0645|"
                      rf"\u062c\u0646\u0627\u0628)[ \t\u200c]+"
                      rf"(?P<name>(?!(?:\u062f\u06a9\u062a\u0631|\u0645\u0647\u0646\u062f\u0633|"
                      rf"\u0634\u0647\u0631\u062f\u0627\u0631|\u0631\u0626\u06cc\u0633|\u0645\u062f\u06cc\u0631)\b)"
                      rf"{_PERSIAN_WORD}[ \t]+{_PERSIAN_WORD})(?![\u0600-\u06ff])")
# two or three words of a script of India's or of Arabic's, then the same name's Latin spelling in brackets
_SCRIPT_WORD = "[\u0900-\u097f\u0a00-\u0a7f\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]{2,}"
_SPELT_IN_LATIN = re.compile(rf"(?P<name>{_SCRIPT_WORD}(?:[ \t]+{_SCRIPT_WORD}){{1,2}})[ \t]*\([ \t]*"
                             rf"(?P<latin>[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){{1,2}})[ \t]*\)")


def _latin_name(words: str) -> bool:
    """Whether Latin words read as a given name and a surname ("Ravinder Bains"): the surname on the Census list,
    the given name on it or a word of no common vocabulary."""
    parts = words.split()
    return fold(parts[-1]) in surnames() and not common_word(parts[-1]) and (
        fold(parts[0]) in given_names() or name_like(parts[0])) and not common_word(parts[0])


# a capitalised word and a blank right before a lone "G.": a given name, and "G." its middle initial
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.'\u2019-])[A-Z\u00c0-\u00de][\w'\u2019-]*[ \t]+$")


def _middle_initial(text: str, match: re.Match) -> bool:
    """Whether the Tagalog title "G." (Ginoo, Mr.) that opens ``match`` is a middle initial after a given name:
    "Charmaine G. Ocampo" is one whole name, no Mr. Ocampo."""
    return match.group("title") == "G." and _GIVEN_NAME_BEFORE.search(
        text, max(0, match.start() - 32), match.start()) is not None


def honorific_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the names in ``text[start:end]`` that a Vietnamese, Korean, Chinese or Tagalog honorific or holder's
    word marks (see the module's docstring), without the honorific."""
    end = len(text) if end is None else end
    found = []
    for m in _VIETNAMESE.finditer(text, start, end):
        if not _VIETNAMESE_TITLE.match(text, m.start("name")) and (span := _capitalised_words(text, *m.span("name"))):
            found.append(span)
    if text.find("씨", start, end) >= 0:  # the honorific looked for first: the search is slow in texts without it
        found += [m.span("name") for m in _KOREAN.finditer(text, start, end)]
    found += [m.span("name") for m in _TAGALOG.finditer(text, start, end) if not _middle_initial(text, m)]
    if "님" in text[start:end]:
        found += [m.span("name") for m in _KOREAN_NIM.finditer(text, start, end) if not _korean_role(m.group("name"))]
    if "\u0622\u0642\u0627\u06cc" in text or "\u062e\u0627\u0646\u0645" in text or "\u062c\u0646\u0627\u0628" in text:
        found += [m.span("name") for m in _PERSIAN.finditer(text, start, end)]
    if "(" in text:
        found += [m.span("name") for m in _SPELT_IN_LATIN.finditer(text, start, end) if _latin_name(m.group("latin"))]
    if _HAN_CHARACTER.search(text, start, end):  # each reader's name ends in one (most texts hold none)
        for pattern in (_CHINESE_NAME, _CHINESE_RESIDENT, _CHINESE_OPENING):
            found += [m.span("name") for m in pattern.finditer(text, start, end) if not chinese_word(m.group("name"))]
    return sorted(found)


_HAN_CHARACTER = re.compile(f"[{_HAN}]")


def _korean_role(name: str) -> bool:
    """Whether Hangul before 님 is a title, an office or a role, no one's name (``_KOREAN_TITLE_ENDS``,
    ``_KOREAN_ROLES``)."""
    return name[-1] in _KOREAN_TITLE_ENDS or name in _KOREAN_ROLES


def chinese_word(name: str) -> bool:
    """Whether Chinese characters read as a surname and a given name are a word of the language instead, or open with
    one ("申訴" complaint, "金額" amount, "高收入" high income, "申訴人" complainant: ``CHINESE_WORDS``). A reader
    matches a name of one or two characters after the surname's, so a word of two may come with a character more
    ("夏季的"): every reader of Chinese names asks this one check."""
    return any(name[:n] in CHINESE_WORDS for n in _CHINESE_WORD_LENGTHS) or (len(name) == 3 and name.endswith("人"))


def _capitalised_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the capitalised words that open ``text[start:end]`` ("Dương Thanh Bảo" of "Dương Thanh Bảo cho")."""
    last = None
    for m in re.finditer(r"[^\W\d_]+", text[start:end]):
        if not m.group()[0].isupper():
            break
        last = start + m.end()
    return (start, last) if last else None
