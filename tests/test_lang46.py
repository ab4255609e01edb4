"""A real customer's case pasted into the City's translated notices (Chinese, Korean, Armenian, Tagalog).

Staff translating a notice keep the case they took as an example: a name in Chinese or Korean script marked by the
language's own words (a home clause "住在 ... 的黃志明女士", an honorific "박민서 고객님", "강동원 님 댁"), an account
named by the utility's initials and the language's word for account ("SCE 帳戶 2458213957", "OPC հաշիվ՝ ..."), the
Armenian colon-like ՝ between a label and its number, a label inside a bracket ("(서비스 주소: 3343 Piedra Ln, Apt
8)의"), a Latin name with an Armenian ending ("Rodel Santos-ի բողոքը"), and a household by its surname ("Ang pamilya
Holloway", "Vo家"). Hard negatives: "申訴人" (complainant) and "客戶申訴" (customer complaints) are no names; staff
and offices with their titles ("김민수 주무관님", "선생님", "고객센터"); the elderly of a home clause ("住在本市的高龄
...居民"); a typical home's figure in Armenian; a public commenter; a program's public line; a household word that is
an English word ("Smart家庭").
"""
from detector_helpers import pairs_found, values_of

from detectors.context.honorifics import honorific_names
from detectors.context.persons import family_names, names_in

SITE = "https://www.olindapower.org/lang/"


def _page(*paragraphs: str, lang: str = "zh") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Notice</title></head><body><header>City of Santa'
            f" Olinda</header><main>{body}</main></body></html>")


def _found(*paragraphs: str, lang: str = "zh") -> set[tuple[str, str]]:
    return pairs_found(SITE + f"{lang}/notice.html", _page(*paragraphs, lang=lang))


def _honorific(text: str) -> list[str]:
    return [text[a:b] for a, b in honorific_names(text)]


def test_chinese_resident_named_by_home_clause():
    found = _found("Olinda Power Collective（OPC）電費援助計劃說明。夏季電費較高，一般家庭每月用電約 540 度。",
                   "例如：住在 371 Olive Hill Ct 的黃志明女士，八月份用電 1,367 度，帳號 879506-2。她已加入分期付款計劃。",
                   "另一位客戶 Cheung Wai-Keung（電話 +1 951 945 2926）的 SCE 帳戶 2458213957 已轉回。",
                   "如有問題，請致電 (833) 765-4632 或親臨市政府（300 W Civic Center Plaza）。")
    assert values_of(found, "customer_name") == {"黃志明", "Cheung Wai-Keung"}
    assert values_of(found, "account_number") == {"879506-2", "2458213957"}
    assert "540 度" not in values_of(found, "energy_usage")


def test_simplified_chinese_resident_and_family_of_latin_surname():
    found = _found("Olinda Power Collective 夏季通讯。全市去年共用电 598,000,000 千瓦时。",
                   "客户故事：家住 880 Mission Oaks Blvd 的李秀英（英文名 Analyn Manalo）去年八月用电 1,475 千瓦时。",
                   "另：Vo家（客户编号 OPC8723317R）已申请医疗基准折扣。联系我们：(833) 765-4632。")
    assert {"李秀英", "Vo", "Analyn Manalo"} <= values_of(found, "customer_name")
    assert values_of(found, "account_number") == {"OPC8723317R"}


def test_chinese_home_clause_and_holder_words_name_no_one():
    assert _honorific("住在本市的高龄、低收入家庭可申请补助。") == []
    assert _honorific("第五項：客戶申訴。申訴人 Araceli Villaseñor，服務地址 479 Laurel Glen Ave") == []
    assert _honorific("用户申请后，客户关系部门将在五日内回复。") == []
    text = "第五項：客戶申訴。申訴人 Araceli Villaseñor，服務地址 479 Laurel Glen Ave，電話 (818) 791-4010，七月用電 864 kWh。"
    assert [text[a:b] for a, b in names_in(text, 0, len(text), True)] == ["Araceli Villaseñor"]
    found = _found("市議會會議紀要。", text)
    assert values_of(found, "customer_name") == {"Araceli Villaseñor"}


def test_korean_names_with_nim():
    found = _found("Olinda Power Collective 여름 요금 안내. 일반 가정의 월 사용량은 약 540 kWh입니다.",
                   "예: 박민서 고객님 (서비스 주소: 3343 Piedra Ln, Apt 8)의 7월 사용량은 2,407 KWH이었으며, "
                   "고객 번호 874535-6, 연락처 1-323-276-8632 로 상담을 받으셨습니다.",
                   "문의: 고객센터 (833) 765-4632, 담당 Hyejin Ro.", lang="ko")
    assert values_of(found, "customer_name") == {"박민서"}
    assert values_of(found, "address") == {"3343 Piedra Ln, Apt 8"}
    found = _found("여름에 요금이 오르는 이유는?", "예를 들어 강동원 님 댁(441 Alhambra Ter, Unit A)은 8월에 992 kWh를 "
                   "사용했습니다. 계정 번호 8-13-032-2224.", lang="ko")
    assert values_of(found, "customer_name") == {"강동원"}


def test_korean_titles_and_roles_before_nim_are_no_names():
    assert _honorific("문의: 김민수 주무관님, 김과장님, 목사님, 선생님, 고객님, 이웃님, 위원님께 감사드립니다.") == []
    assert _honorific("부모님과 함께 오세요. 시청 고객센터 직원분께 문의하세요.") == []
    found = _found("요금 문의는 시청 요금과 김민수 주무관님께 (909) 620-2311 로 연락하십시오.", lang="ko")
    assert values_of(found, "customer_name") == set()


def test_armenian_account_after_its_colon_mark_and_typical_home():
    found = _found("Olinda Power Collective-ի վճարման ծրագրեր։ Միջին տնային տնտեսությունը ամսական օգտագործում է մոտ "
                   "540 կՎտժ։",
                   "Օրինակ՝ հաճախորդ Լուսինե Ավետիսյան (367 Laurel Glen Ave) օգոստոսին օգտագործել է 2,064kWh։",
                   "Հաշվի համարը՝ 7949634332, հեռախոս՝ 714.332.5682։",
                   "Հարցերի համար զանգահարեք (833) 765-4632։", lang="hy")
    assert values_of(found, "account_number") == {"7949634332"}
    assert values_of(found, "energy_usage") == {"2,064kWh"}
    assert values_of(found, "customer_name") == {"Լուսինե Ավետիսյան"}


def test_armenian_latin_name_with_case_ending_and_public_commenter():
    found = _found("Քաղաքային խորհրդի նիստի ամփոփում (Mayor Ernesto Valdivia)։",
                   "Խորհուրդը քննարկեց Rodel Santos-ի բողոքը։ Հասցե՝ 220 S Greenleaf St, OPC հաշիվ՝ OPC6539653N, "
                   "ամսական սպառում՝ 1,052 KWH։",
                   "Հանրային մեկնաբանություն՝ Rajesh Raghavan։", lang="hy")
    assert values_of(found, "customer_name") == {"Rodel Santos"}
    assert values_of(found, "account_number") == {"OPC6539653N"}
    text = "Mary-Ann Smith, Jean-Luc Picard-ը"
    assert [text[a:b] for a, b in names_in(text, 0, len(text), True)] == ["Mary-Ann Smith", "Jean-Luc Picard"]


def test_tagalog_family_and_its_member():
    found = _found("Balita mula sa Olinda Power Collective. Ang buong lungsod ay gumamit ng 598 milyong kWh noong "
                   "nakaraang taon.",
                   "Ang pamilya Holloway sa 15464 S Greenleaf St ay nagpakabit ng solar noong Marso.\n"
                   "Dati, umaabot sa 2,454kWh ang kanilang konsumo. Sabi ni Keisha: “Tawagan ninyo ako sa 818.592.0335 "
                   "kung gusto ninyong makita.”",
                   "Tagapag-ugnay: Nadia Haroutunian.", lang="tl")
    assert values_of(found, "customer_name") == {"Holloway", "Keisha"}


def test_household_words_after_no_surname():
    for text in ("Ang pamilya ay mahalaga sa amin.", "Smart家庭用电计划", "Power家的电价", "ang pamilya Para sa Lahat",
                 "OPC家用电器回扣", "Power家居节能"):
        assert family_names(text) == [], text


def test_utility_account_in_translated_words_needs_the_initials():
    found = _found("如需查询，请拨打 OPC 客服热线 (833) 765-4632。帳戶服務時間為週一至週五。", "PO 帳戶 4500012345 已付款。")
    assert values_of(found, "account_number") == set()
