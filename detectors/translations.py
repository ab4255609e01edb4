"""Field labels in the languages of the City's customers, read as their English equivalent.

Southern California's customers are served, and their records written, in Spanish, Vietnamese, Chinese
(simplified and traditional), Korean, Tagalog, Armenian, Russian, Arabic, Farsi, Japanese, Khmer, Thai, Lao, Hindi and
Punjabi; other cities' in French, Haitian Creole, Portuguese, Somali, Hawaiian and Samoan too. A bill, a CIS screen or a translated sign-up form labels the same fields as an English one: "Số tài
khoản", "账户号码", "고객 번호" and "Հաշվի համար" are all "account number". Each foreign label is translated once,
here, to the English words the rest of the vocabulary understands (``header_kind``, the label blocks, the account
detector's labels), so no detector keeps a second vocabulary per language.

Phrases are matched as whole words in scripts written with spaces, and anywhere inside a label in those written
without (Chinese, Japanese, Korean, Thai, Lao, Khmer: "客户姓名" holds "姓名"); the longest phrase wins ("客户号码"
before "客户"). Besides the fields, the words that make a column a public listing's or a statistic's (department,
event, office, average, number of customers) are translated too, so a translated public page reads as its English
original would.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

# English label -> the usual labels of bills, CIS screens and translated forms, by language
VOCABULARY: dict[str, dict[str, tuple[str, ...]]] = {
    "customer name": {
        "so": ("magaca macmiilka",),  # Somali (Minnesota, Ohio, Washington, Maine)
        # French (Louisiana, Maine, Québec), Haitian Creole (Florida, Massachusetts, New York) and Hawaiian notices
        "fr": ("nom du client", "nom du titulaire", "nom de l'abonné"),
        "ht": ("non kliyan", "non kliyan an", "non moun ki gen kont lan"),
        "haw": ("inoa o ka mea kūʻai", "inoa mea kuai"),
        "es": ("nombre del titular", "nombre de la cuenta"),
        "vi": ("tên khách hàng", "họ tên khách hàng", "họ và tên khách hàng", "tên chủ tài khoản"),
        "zh": ("客户姓名", "客戶姓名", "客户名称", "客戶名稱", "客户名", "客戶名", "用户姓名", "用戶姓名", "户名", "戶名",
               "账户持有人", "帳戶持有人", "賬戶持有人"),
        "ko": ("고객명", "고객 이름", "고객이름", "고객 성명", "고객성명", "계약자명", "계약자 이름", "명의자"),
        "tl": ("pangalan ng customer", "pangalan ng kostumer", "pangalan ng kustomer", "pangalan ng may-ari ng account"),
        "hy": ("հաճախորդի անուն", "հաճախորդի անունը", "բաժանորդի անուն"),
        "ru": ("имя клиента", "фио клиента", "фио абонента", "имя абонента", "владелец счета", "владелец счёта"),
        "uk": ("ім'я клієнта", "піб клієнта", "піб абонента", "власник рахунку"),
        "ar": ("اسم العميل", "اسم المشترك", "صاحب الحساب", "اسم مقدم الطلب"),
        # an application's "applicant name" ("نام متقاضی", "نام درخواست‌کننده", "اسم مقدم الطلب")
        "fa": ("نام مشتری", "نام مشترک", "صاحب حساب", "نام متقاضی", "نام درخواست کننده", "نام درخواستکننده"),
        "ja": ("お客様名", "お客さま名", "顧客名", "契約者名", "ご契約者名", "契約者氏名"),
        "km": ("ឈ្មោះអតិថិជន",),
        "th": ("ชื่อลูกค้า", "ชื่อผู้ใช้ไฟฟ้า"),
        "lo": ("ຊື່ລູກຄ້າ",),  # Lao (California's Central Valley, Minnesota, Tennessee)
        "hi": ("ग्राहक का नाम", "ग्राहक नाम"),
        "pa": ("ਗਾਹਕ ਦਾ ਨਾਮ", "ਗਾਹਕ ਨਾਮ"),
    },
    "name": {
        "so": ("magaca", "magaca oo buuxa"),
        "fr": ("nom", "nom et prénom", "nom complet", "prénom et nom"),
        "ht": ("non konplè", "non ak siyati"),
        "haw": ("inoa",),
        "sm": ("igoa", "igoa atoa"),  # Samoan (Hawaiʻi, American Samoa, Utah, Washington)
        "vi": ("họ tên", "họ và tên", "tên"),
        "zh": ("姓名", "名字"),
        "ko": ("성명", "이름"),
        "tl": ("pangalan", "buong pangalan"),
        "hy": ("անուն", "անուն ազգանուն", "անունը"),
        "ru": ("фио", "имя", "имя и фамилия", "фамилия"),
        "ar": ("الاسم", "الاسم الكامل"),
        "fa": ("نام", "نام و نام خانوادگی"),
        "ja": ("氏名", "お名前", "名前"),
        "km": ("ឈ្មោះ",),
        "th": ("ชื่อ-นามสกุล", "ชื่อ นามสกุล", "ชื่อ"),
        "hi": ("नाम", "पूरा नाम"),
        "pa": ("ਨਾਮ", "ਪੂਰਾ ਨਾਮ"),
    },
    "customer": {
        "so": ("macmiil", "macmiilka"),
        "fr": ("abonné", "abonnée"),  # "client" is English's own word too (a firm's client)
        "ht": ("kliyan", "abone"),
        "haw": ("mea kūʻai", "mea kuai"),
        "de": ("kunde", "geschäftspartner", "geschaeftspartner"),
        "vi": ("khách hàng", "chủ tài khoản"),
        "zh": ("客户", "客戶", "用户", "用戶"),
        "ko": ("고객", "계약자"),
        "tl": ("kostumer", "kustomer"),
        "hy": ("հաճախորդ", "բաժանորդ"),
        "ru": ("клиент", "абонент"),
        "uk": ("клієнт", "абонент", "споживач"),
        "ar": ("العميل", "المشترك"),
        "fa": ("مشتری", "مشترک"),
        "ja": ("お客様", "お客さま", "顧客", "契約者"),
        "km": ("អតិថិជន",),
        "th": ("ลูกค้า", "ผู้ใช้ไฟฟ้า"),
        "lo": ("ລູກຄ້າ",),
        "hi": ("ग्राहक",),
        "pa": ("ਗਾਹਕ",),
    },
    "service address": {
        "so": ("cinwaanka adeegga", "cinwaanka adeegyada"),
        "fr": ("adresse de service", "adresse du service", "adresse de desserte", "lieu de consommation"),
        "ht": ("adrès sèvis", "adrès sèvis la", "adres sevis"),
        "es": ("dirección del servicio", "direccion del servicio", "domicilio de servicio", "domicilio del servicio"),
        "vi": ("địa chỉ dịch vụ", "địa chỉ sử dụng dịch vụ", "địa chỉ sử dụng điện", "địa chỉ cung cấp dịch vụ"),
        "zh": ("服务地址", "服務地址", "用电地址", "用電地址", "供电地址", "供電地址"),
        "ko": ("서비스 주소", "서비스주소", "사용 장소 주소", "공급 주소", "사용처 주소"),
        "tl": ("address ng serbisyo", "tirahan ng serbisyo"),
        "hy": ("ծառայության հասցե", "ծառայության հասցեն"),
        "ru": ("адрес обслуживания", "адрес подключения", "адрес объекта"),
        "uk": ("адреса обслуговування", "адреса підключення", "адреса об'єкта"),
        "ar": ("عنوان الخدمة",),
        "fa": ("آدرس محل خدمات", "آدرس خدمات", "نشانی محل خدمات", "نشانی محل سرویس", "آدرس محل سرویس",
               "نشانی محل مصرف", "آدرس محل مصرف"),
        "ja": ("サービス住所", "供給場所", "ご使用場所", "使用場所住所", "供給地点住所"),
        "km": ("អាសយដ្ឋានសេវាកម្ម",),
        "th": ("ที่อยู่ที่ใช้ไฟฟ้า", "สถานที่ใช้ไฟฟ้า"),
        "hi": ("सेवा पता",),
        "pa": ("ਸੇਵਾ ਪਤਾ",),
    },
    "billing address": {
        "fr": ("adresse de facturation",),
        "ht": ("adrès faktirasyon",),
        "es": ("dirección de facturación", "direccion de facturacion"),
        "vi": ("địa chỉ thanh toán", "địa chỉ gửi hóa đơn", "địa chỉ gửi hoá đơn"),
        "zh": ("账单地址", "帳單地址", "賬單地址"),
        "ko": ("청구지 주소", "청구 주소", "청구지주소"),
        "tl": ("address ng billing", "mailing address ng customer"),
        "hy": ("հաշվարկային հասցե",),
        "ru": ("адрес для счетов", "адрес выставления счетов"),
        "ar": ("عنوان الفواتير",),
        "fa": ("آدرس صورتحساب",),
        "ja": ("請求先住所", "送付先住所"),
        "km": ("អាសយដ្ឋានវិក្កយបត្រ",),
        "th": ("ที่อยู่สำหรับจัดส่งใบแจ้งหนี้", "ที่อยู่ในการจัดส่ง"),
        "hi": ("बिलिंग पता",),
        "pa": ("ਬਿਲਿੰਗ ਪਤਾ",),
    },
    # a postal or mailing address: any sender's or office's as well as a customer's, as English "Mailing address" is
    "mailing address": {
        "fr": ("adresse postale",),
        "ht": ("adrès postal",),
        "es": ("dirección postal", "direccion postal"),
        "vi": ("địa chỉ gửi thư", "địa chỉ nhận thư"),
        "zh": ("邮寄地址", "郵寄地址", "通讯地址", "通訊地址"),
        "ko": ("우편 주소", "우편주소"),
        "hy": ("փոստային հասցե",),
        "ru": ("почтовый адрес",),
        "ar": ("العنوان البريدي", "عنوان المراسلة"),
        "fa": ("آدرس پستی", "نشانی پستی"),
        "ja": ("郵送先住所",),
        "hi": ("डाक पता",),
        "pa": ("ਡਾਕ ਪਤਾ",),
    },
    "address": {
        "so": ("cinwaanka", "ciwaanka"),
        "fr": ("adresse", "domicile"),
        "ht": ("adrès", "adres"),
        "haw": ("wahi noho", "helu wahi"),
        "sm": ("tuatusi",),
        "de": ("anschrift", "adresse"),
        "vi": ("địa chỉ", "nơi ở"),
        "zh": ("地址", "住址"),
        "ko": ("주소",),
        "tl": ("tirahan", "adres"),
        "hy": ("հասցե", "հասցեն"),
        "ru": ("адрес",),
        "uk": ("адреса",),
        "ar": ("العنوان", "عنوان"),
        "fa": ("آدرس", "نشانی"),
        "ja": ("住所", "ご住所"),
        "km": ("អាសយដ្ឋាន",),
        "th": ("ที่อยู่",),
        "lo": ("ທີ່ຢູ່",),
        "hi": ("पता",),
        "pa": ("ਪਤਾ",),
    },
    "phone number": {
        "so": ("taleefanka", "lambarka taleefanka", "telefoonka"),
        "fr": ("téléphone", "numéro de téléphone", "tél", "cellulaire"),
        "ht": ("telefòn", "nimewo telefòn", "telefon", "nimewo telefon"),
        "haw": ("kelepona", "helu kelepona"),
        "sm": ("telefoni", "numera telefoni"),
        "de": ("telefon", "telefonnummer"),
        "es": ("número de teléfono", "numero de telefono", "teléfono", "telefono", "celular"),
        "vi": ("số điện thoại", "điện thoại", "điện thoại di động", "di động", "sđt", "số đt"),
        "zh": ("电话号码", "電話號碼", "电话", "電話", "手机号码", "手機號碼", "手机", "手機", "联系电话", "聯繫電話",
               "聯絡電話"),
        "ko": ("전화번호", "전화 번호", "전화", "연락처", "휴대폰 번호", "휴대폰", "휴대전화"),
        "tl": ("numero ng telepono", "telepono", "numero ng cellphone", "numero ng cp"),
        "hy": ("հեռախոսահամար", "հեռախոսի համար", "հեռախոս", "բջջային"),
        "ru": ("номер телефона", "телефон", "тел", "мобильный телефон", "мобильный"),
        "uk": ("номер телефону", "телефон", "тел", "мобільний телефон", "мобільний"),
        "ar": ("رقم الهاتف", "الهاتف", "هاتف", "رقم الجوال", "الجوال", "الهاتف المحمول"),
        # (and "with phone number", as a sentence gives a person's number right after their name)
        "fa": ("شماره تلفن", "تلفن", "تلفن همراه", "شماره همراه", "موبایل", "با شماره تلفن", "با تلفن"),
        "ja": ("電話番号", "電話", "携帯電話", "携帯番号", "連絡先電話番号"),
        "km": ("លេខទូរស័ព្ទ", "ទូរស័ព្ទ"),
        "th": ("หมายเลขโทรศัพท์", "เบอร์โทรศัพท์", "เบอร์โทร", "โทรศัพท์"),
        "lo": ("ເບີໂທລະສັບ", "ເບີໂທ", "ໂທລະສັບ", "ໂທ"),
        "hi": ("फ़ोन नंबर", "फोन नंबर", "फ़ोन", "फोन", "मोबाइल नंबर", "दूरभाष"),
        "pa": ("ਫ਼ੋਨ ਨੰਬਰ", "ਫੋਨ ਨੰਬਰ", "ਫ਼ੋਨ", "ਫੋਨ", "ਮੋਬਾਈਲ ਨੰਬਰ"),
    },
    "email": {
        "so": ("iimaylka", "iimayl"),
        "fr": ("courriel", "adresse courriel", "adresse électronique", "adresse e-mail"),
        "ht": ("imèl", "adrès imèl", "imel"),
        "haw": ("leka uila",),
        "sm": ("imeli",),
        "vi": ("thư điện tử", "địa chỉ email"),
        "zh": ("电子邮件", "電子郵件", "电子邮箱", "電子郵箱", "电邮", "電郵", "邮箱", "郵箱"),
        "ko": ("이메일 주소", "이메일", "전자우편", "전자 우편"),
        "tl": ("email ng customer",),
        "hy": ("էլ. փոստ", "էլ.փոստ", "էլփոստ", "էլեկտրոնային փոստ"),
        "ru": ("электронная почта", "эл. почта", "эл.почта", "адрес электронной почты"),
        "uk": ("електронна пошта", "ел. пошта", "адреса електронної пошти"),
        "ar": ("البريد الإلكتروني", "البريد الالكتروني"),
        "fa": ("ایمیل", "پست الکترونیک", "پست الکترونیکی"),
        "ja": ("メールアドレス", "電子メール", "メール"),
        "km": ("អ៊ីមែល",),
        "th": ("อีเมล", "อีเมล์"),
        "lo": ("ອີເມວ", "ອີເມລ"),
        "hi": ("ईमेल", "ई-मेल"),
        "pa": ("ਈਮੇਲ", "ਈ-ਮੇਲ"),
    },
    "account number": {
        "so": ("lambarka koontada", "lambarka akoonka", "koontada", "akoonkaaga"),
        "fr": ("numéro de compte", "n° de compte", "no de compte", "no. de compte", "compte n°", "votre compte"),
        "ht": ("nimewo kont", "nimewo kont ou", "nimewo kont kliyan", "kont ou"),
        "haw": ("helu moʻokāki", "helu mo'okāki", "helu mookaki", "moʻokāki"),
        "sm": ("numera o le teugatupe", "numera o le akauni", "numera o le tala"),
        "de": ("vertragskonto", "kontonummer"),  # SAP IS-U's German screens and exports
        # Portuguese, a New England or Californian utility's Portuguese- and Cape Verdean-speaking customers: "N.º de
        # conta: 03-6448-02", "Número da conta", "sua conta", "Conta:" with its colon: "conta" alone is also the verb
        # "counts" ("a cidade conta 150.000 habitantes")
        "pt": ("número da conta", "número de conta", "n.º de conta", "n.º da conta", "nº de conta", "nº da conta",
               "n.o de conta", "no. da conta", "conta n.º", "conta nº", "conta número", "sua conta", "conta:"),
        # a notice's sentence puts the number after the account: "tài khoản số 4423190-2", "của tài khoản 4423190-2"
        "vi": ("số tài khoản", "mã tài khoản", "số tk", "tài khoản số", "tài khoản", "tài khoản của quý vị",
               "tài khoản của ông/bà", "tài khoản của ông bà", "tài khoản của bạn",
               # the account of one service, its name after the account's: "Số tài khoản nước" (water), "điện"
               # (electricity), "khí đốt" (gas), "rác" (refuse)
               "số tài khoản nước", "số tài khoản điện", "số tài khoản khí đốt", "số tài khoản rác",
               "tài khoản nước", "tài khoản điện", "tài khoản khí đốt", "tài khoản rác",
               # gas as a notice often writes it, borrowed ("ga"), and sewer ("nước thải")
               "số tài khoản ga", "tài khoản ga", "số tài khoản nước thải", "tài khoản nước thải"),
        "zh": ("账户号码", "帳戶號碼", "賬戶號碼", "帐户号码", "账户号", "帳戶號", "帐户号", "账户编号", "帳戶編號", "账号",
               "帳號", "賬號", "帐号", "户号", "戶號",
               # the account of an electricity bill, in a sentence: "称其电费账户MCP-913035-8329的账单异常"
               "电费账户", "電費帳戶", "電費賬戶", "电费帐户", "用电账户", "用電帳戶", "电力账户", "電力帳戶",
               "客户账户", "客戶帳戶", "您的账户", "您的帳戶"),
        # and the account alone before its number, as a note's sentence gives it: "계정 7003-1234", "계좌 ..."
        "ko": ("계정 번호", "계정번호", "계좌 번호", "계좌번호", "어카운트 번호", "계정", "계좌"),
        # a notice's "ang inyong account na 6830971313" ("your account"); "account" alone is English's own word
        "tl": ("numero ng account", "numero ng akawnt", "numero ng akaunt", "inyong account", "iyong account",
               "inyong akawnt", "iyong akawnt",
               # the account of one service, its name after "sa": "Numero ng account sa tubig" (water), "kuryente"
               # (electricity), "gas", "basura" (refuse)
               "numero ng account sa tubig", "numero ng account sa kuryente", "numero ng account sa gas",
               "numero ng account sa basura", "account sa tubig", "account sa kuryente", "account ng tubig",
               "account ng kuryente",
               # sewer ("imburnal", "alkantarilya")
               "numero ng account sa imburnal", "numero ng account sa alkantarilya", "account sa imburnal"),
        # Armenian writes the article onto the word: "Ձեր հաշվի համարն է 5028943916" ("your account number is")
        "hy": ("հաշվի համար", "հաշվի համարն", "հաշվի համարը", "հաշվեհամար", "հաշվեհամարն", "հաշվեհամարը", "հաշիվ",
               "հաշիվը"),
        "am": ("የሂሳብ ቁጥር", "የሂሳብ ቁጥርዎ", "የሂሳብ ቁጥርዎ፦"),  # Amharic: "(your) account number"
        "uk": ("номер рахунку", "номер особового рахунку", "особовий рахунок", "ваш рахунок"),  # Ukrainian
        "ru": ("номер счета", "номер счёта", "лицевой счет", "лицевой счёт", "номер лицевого счета",
               "номер вашего лицевого счета", "номер вашего лицевого счёта", "номер вашего счета", "номер вашего счёта",
               "номер лицевого счёта", "лицевого счета", "лицевого счёта",
               # a complaint's sentence names the account in another case: "обратился по поводу счёта 6898183962"
               "счет", "счёт", "счета", "счёта", "счету", "счёту"),
        "ar": ("رقم الحساب",),
        "fa": ("شماره حساب",),
        "ja": ("アカウント番号", "口座番号", "お客様番号", "お客さま番号", "契約番号"),
        # and the account alone before its number, as a note's sentence gives it: Khmer "គណនី CCE-170896", Armenian
        # "Հաշիվ 7563033908" (the word is also a bill's; a number after it is the account's)
        "km": ("លេខគណនី", "គណនី"),
        "th": ("เลขที่บัญชี", "หมายเลขบัญชี", "เลขบัญชี"),
        "lo": ("ເລກບັນຊີ", "ເລກທີບັນຊີ", "ບັນຊີ"),
        "hi": ("खाता संख्या", "खाता नंबर", "खाता क्रमांक"),
        # a notice's "ਤੁਹਾਡਾ ਖਾਤਾ 7004418823" ("your account")
        "pa": ("ਖਾਤਾ ਨੰਬਰ", "ਖਾਤਾ ਸੰਖਿਆ", "ਤੁਹਾਡਾ ਖਾਤਾ", "ਖਾਤਾ"),
    },
    "service account": {
        # and a service agreement's number: "Mã số hợp đồng dịch vụ (SA)"
        "vi": ("tài khoản dịch vụ", "mã số hợp đồng dịch vụ", "số hợp đồng dịch vụ",
               # the metering point a bill keys the service by (EVN's "Mã điểm đo"), as a "Premise ID" is
               "mã điểm đo", "mã số điểm đo"),
        # the service agreement's number in Spanish: "número de acuerdo de servicio ACP-767-37608-C"
        "es": ("acuerdo de servicio", "número de acuerdo de servicio", "numero de acuerdo de servicio",
               "no. de acuerdo de servicio", "contrato de servicio", "número de contrato de servicio",
               # and the premise a billing system keys the service by ("Núm. de local: P-004412", "Número de
               # instalación"), as a "Premise ID" is
               "número de local", "numero de local", "núm. de local", "no. de local", "número de instalación",
               "numero de instalacion", "núm. de instalación", "id de instalación",
               # the service's number, as a Mexican utility's (CFE's) bill prints it ("No. de servicio: 0123 4567 8901")
               "número de servicio", "numero de servicio", "no. de servicio", "núm. de servicio"),
        "zh": ("服务账户", "服務帳戶", "服務賬戶"),
        "ko": ("서비스 계정", "서비스 계정 번호"),
        # and the service's number alone, as a notice's label gives it: "Numero ng serbisyo: ..."
        "tl": ("account ng serbisyo", "numero ng serbisyo", "numero ng account ng serbisyo",
               "numero ng service account"),
        "hy": ("ծառայության հաշիվ", "ծառայության հաշվի համար"),
        "ru": ("номер договора",),
        "ar": ("حساب الخدمة", "رقم حساب الخدمة", "رقم اتفاقية الخدمة", "اتفاقية الخدمة"),  # "service agreement"
        "fa": ("شماره اشتراک", "حساب خدمات"),
        "ja": ("供給地点特定番号",),
        "th": ("รหัสผู้ใช้ไฟฟ้า",),
    },
    "customer number": {
        "fr": ("numéro de client", "n° de client", "no de client"),
        "ht": ("nimewo kliyan",),
        "de": ("kundennummer", "geschäftspartnernummer", "geschaeftspartnernummer"),
        # and the customer's account, named with its holder after it: "Número de cuenta del cliente: 652-674974-4",
        # "Số tài khoản khách hàng: ..." (a translated notice's "customer account number")
        "es": ("número de cliente", "numero de cliente", "no. de cliente", "núm. de cliente",
               "número de cuenta del cliente", "numero de cuenta del cliente", "no. de cuenta del cliente",
               "núm. de cuenta del cliente", "cuenta del cliente"),
        "vi": ("mã khách hàng", "số khách hàng", "số tài khoản khách hàng", "tài khoản khách hàng"),
        "zh": ("客户号码", "客戶號碼", "客户编号", "客戶編號", "客户号", "客戶號", "用户编号", "用戶編號", "用户号", "用戶號"),
        # and a utility's "consumer" number, as KEPCO's bills print it
        "ko": ("고객 번호", "고객번호", "수용가 번호", "수용가번호"),
        "tl": ("numero ng customer", "numero ng kostumer", "numero ng kustomer"),
        "hy": ("հաճախորդի համար", "բաժանորդի համար"),
        "ru": ("номер клиента", "номер абонента"),
        "uk": ("номер клієнта", "номер абонента", "особовий рахунок"),
        "ar": ("رقم العميل", "رقم المشترك"),
        "fa": ("شماره مشتری", "شماره مشترک"),
        "ja": ("顧客番号", "お客様コード"),
        "km": ("លេខអតិថិជន",),
        "th": ("หมายเลขลูกค้า", "รหัสลูกค้า"),
        "hi": ("ग्राहक संख्या", "ग्राहक नंबर", "ग्राहक आईडी"),
        "ne": ("ग्राहक आईडी", "ग्राहक नम्बर", "ग्राहक संख्या", "खाता नम्बर"),  # Nepali, Bhutanese-Nepali families
        "pa": ("ਗਾਹਕ ਨੰਬਰ",),
    },
    "meter number": {
        "fr": ("numéro de compteur", "n° de compteur"),
        "ht": ("nimewo kontè",),
        "vi": ("số đồng hồ", "số công tơ", "mã đồng hồ", "số đồng hồ điện"),
        "zh": ("电表号码", "電錶號碼", "電表號碼", "电表号", "電錶號", "電表號", "电表编号", "電錶編號", "表号", "錶號"),
        "ko": ("계량기 번호", "계량기번호", "미터 번호", "미터번호"),
        "tl": ("numero ng metro", "numero ng meter"),
        "hy": ("հաշվիչի համար",),
        "ru": ("номер счетчика", "номер счётчика", "счетчик", "счётчик"),
        "uk": ("номер лічильника", "лічильник"),
        "ar": ("رقم العداد",),
        "fa": ("شماره کنتور",),
        "ja": ("メーター番号", "計器番号"),
        "km": ("លេខកុងទ័រ",),
        "th": ("หมายเลขมิเตอร์", "เลขมิเตอร์", "หมายเลขเครื่องวัด"),
        "hi": ("मीटर नंबर", "मीटर संख्या"),
        "pa": ("ਮੀਟਰ ਨੰਬਰ",),
    },
    "usage": {
        "so": ("isticmaalka", "isticmaalka korontada"),
        "fr": ("consommation",),
        "ht": ("konsomasyon",),
        "de": ("verbrauch", "abrechnungsmenge"),
        "vi": ("lượng điện tiêu thụ", "điện năng tiêu thụ", "mức tiêu thụ", "lượng tiêu thụ", "điện tiêu thụ"),
        "zh": ("用电量", "用電量", "耗电量", "耗電量", "电量", "電量", "用量", "千瓦时", "千瓦時"),
        "ko": ("사용량", "전력 사용량", "전기 사용량", "소비량", "전력량"),
        "tl": ("konsumo ng kuryente", "paggamit ng kuryente", "konsumo"),
        "hy": ("սպառում", "էլեկտրաէներգիայի սպառում", "սպառումը"),
        "ru": ("потребление", "расход электроэнергии", "потребление электроэнергии", "квт·ч", "квтч"),
        "uk": ("споживання", "споживання електроенергії", "квт·год"),
        "ar": ("الاستهلاك", "استهلاك الكهرباء"),
        "fa": ("مصرف", "مصرف برق"),
        "ja": ("使用量", "電力使用量", "電気使用量", "ご使用量"),
        "km": ("ការប្រើប្រាស់អគ្គិសនី",),
        "th": ("ปริมาณการใช้ไฟฟ้า", "หน่วยที่ใช้", "การใช้ไฟฟ้า"),
        "lo": ("ການໃຊ້ໄຟຟ້າ", "ປະລິມານການໃຊ້ໄຟ"),
        "hi": ("बिजली की खपत", "खपत"),
        "pa": ("ਬਿਜਲੀ ਦੀ ਖਪਤ", "ਖਪਤ"),
    },
    "ssn": {
        "fr": ("numéro de sécurité sociale",),
        "ht": ("nimewo sekirite sosyal",),
        "vi": ("số an sinh xã hội",),
        "zh": ("社会安全号码", "社會安全號碼", "社安号", "社安號", "社会安全号", "社會安全號"),
        "ko": ("사회보장번호", "사회 보장 번호"),
        "tl": ("numero ng social security",),
        "hy": ("սոցիալական ապահովության համար",),
        "ru": ("номер социального страхования",),
        "ar": ("رقم الضمان الاجتماعي",),
        "fa": ("شماره تامین اجتماعی", "شماره تأمین اجتماعی"),
        "ja": ("社会保障番号",),
        "hi": ("सामाजिक सुरक्षा संख्या",),
        "pa": ("ਸੋਸ਼ਲ ਸਕਿਉਰਿਟੀ ਨੰਬਰ",),
    },
    # a count, an average or a date of many customers, and the columns of public listings: what makes a translated
    # statistics table or a public page read as its English original would
    "number of customers": {
        "vi": ("số khách hàng tham gia", "số lượng khách hàng"),
        "zh": ("客户数量", "客戶數量", "客户数", "客戶數", "用户数", "用戶數", "户数", "戶數"),
        "ko": ("고객 수", "고객수"),
        "tl": ("bilang ng mga customer", "bilang ng customer"),
        "ru": ("количество клиентов", "число абонентов"),
        "ar": ("عدد العملاء",),
        "fa": ("تعداد مشتریان",),
        "ja": ("顧客数", "お客様数"),
        "th": ("จำนวนลูกค้า",),
        "hi": ("ग्राहकों की संख्या",),
    },
    # a median is read as an average: both are a class's statistic, nobody's figure
    "average": {"es": ("promedio", "mediana"), "fr": ("moyenne",), "ht": ("mwayèn",), "vi": ("trung bình", "trung vị"),
                "zh": ("平均", "户均", "戶均", "中位数", "中位數"), "ko": ("평균", "중앙값", "중간값"),
                "tl": ("karaniwan", "karaniwang", "katamtaman", "katamtamang", "panggitna", "panggitnang"),
                "ru": ("средний", "среднее"), "uk": ("середній", "середнє", "середня"), "ar": ("متوسط",), "fa": ("میانگین",), "ja": ("平均",), "th": ("เฉลี่ย",),
                "hi": ("औसत",)},
    "typical": {"es": ("típico", "típica"), "vi": ("điển hình", "thông thường"), "zh": ("典型", "一般家庭"),
                "ko": ("일반적인", "일반 가정", "전형적인"), "tl": ("tipikal na",)},
    "per household": {"es": ("por hogar", "por vivienda"), "vi": ("mỗi hộ", "mỗi hộ gia đình"),
                      "zh": ("每户", "每戶", "每个家庭", "每個家庭"), "ko": ("가구당", "세대당"),
                      "tl": ("bawat sambahayan", "bawat tahanan", "kada sambahayan")},
    # (a program's totals sheet: "kWh ahorrados", "kWh saved")
    "savings": {"es": ("ahorro", "ahorros", "ahorrado", "ahorrados", "ahorrada", "ahorradas"),
                "fr": ("économies", "économisé", "économisés"), "tl": ("natipid", "matitipid"),
                "vi": ("tiết kiệm",), "zh": ("节省", "節省", "节约", "節約"), "ko": ("절감", "절약"),
                "hy": ("խնայողություն", "խնայված"), "ja": ("削減", "節約"), "ru": ("экономия", "сэкономлено"),
                "ar": ("التوفير", "الموفرة"), "fa": ("صرفه‌جویی",)},
    "date": {"vi": ("ngày",), "zh": ("日期",), "ko": ("날짜", "일시"), "tl": ("petsa",), "ru": ("дата",), "ar": ("التاريخ",),
             "fa": ("تاریخ",), "ja": ("日付", "日時"), "th": ("วันที่",), "hi": ("तारीख", "दिनांक")},
    "rate": {"vi": ("giá điện", "biểu giá"), "zh": ("费率", "費率", "电价", "電價"), "ko": ("요금제", "요율"),
             "ru": ("тариф",), "ja": ("料金プラン", "単価"), "fa": ("تعرفه",)},
    "event": {"vi": ("sự kiện",), "zh": ("活动", "活動"), "ko": ("행사", "이벤트"), "tl": ("kaganapan",),
              "ru": ("мероприятие",), "ar": ("الفعالية",), "fa": ("رویداد",), "ja": ("イベント",), "th": ("กิจกรรม",)},
    "program": {"vi": ("chương trình",), "zh": ("计划", "計劃", "项目", "項目"), "ko": ("프로그램",), "tl": ("programa",),
                "ru": ("программа",), "ar": ("البرنامج",), "fa": ("برنامه",), "ja": ("プログラム",)},
    "department": {"vi": ("phòng ban", "sở"), "zh": ("部门", "部門"), "ko": ("부서",), "tl": ("departamento", "kagawaran"),
                   "ru": ("отдел",), "ar": ("القسم",), "fa": ("اداره",), "ja": ("部署",)},
    "title": {"vi": ("chức vụ",), "zh": ("职位", "職位", "职务", "職務"), "ko": ("직위", "직책"), "tl": ("posisyon",),
              "ru": ("должность",), "ar": ("المسمى الوظيفي",), "fa": ("سمت",), "ja": ("役職",)},
    "office": {"vi": ("văn phòng",), "zh": ("办公室", "辦公室", "办事处", "辦事處"), "ko": ("사무실", "사무소"),
               "tl": ("tanggapan",), "ru": ("офис",), "ar": ("المكتب",), "fa": ("دفتر",), "ja": ("事務所",)},
    "location": {"vi": ("địa điểm",), "zh": ("地点", "地點"), "ko": ("장소",), "tl": ("lugar",), "ru": ("место",),
                 "ar": ("الموقع",), "fa": ("محل",), "ja": ("場所", "会場")},
    "business": {"vi": ("doanh nghiệp", "công ty"), "zh": ("公司", "企业", "企業", "商家"), "ko": ("회사", "업체", "상호"),
                 "tl": ("negosyo", "kumpanya"), "ru": ("компания", "организация"), "ar": ("الشركة",), "fa": ("شرکت",),
                 "ja": ("会社", "企業")},
    # who asked for the service: a 311 request's or a program application's requester ("solicitante", "신청인"), the
    # customer; a land-use case's "Applicant" in English is a public record's party, kept apart there
    "requester": {"es": ("solicitante", "nombre del solicitante"), "vi": ("người yêu cầu", "người nộp đơn"),
                  "zh": ("申请人", "申請人", "请求人", "請求人"), "ko": ("신청인", "신청자", "요청자"),
                  "tl": ("aplikante", "humiling"), "hy": ("դիմող", "դիմորդ"), "ru": ("заявитель",),
                  "ar": ("مقدم الطلب",), "fa": ("متقاضی",)},
    # a log's column of the employee who served the row's caller in their language ("Personal bilingüe / Bilingual
    # staff", "双语工作人员", "Nhân viên song ngữ"): staff's names, no customer's
    "staff": {"es": ("personal bilingüe", "personal de atención", "empleado", "empleada", "atendido por",
                     "atendida por"),
              "vi": ("nhân viên", "nhân viên song ngữ", "nhân viên phụ trách"),
              "zh": ("员工", "員工", "工作人员", "工作人員", "职员", "職員", "客服代表", "经办人", "經辦人"),
              "ko": ("직원", "상담원", "상담사"), "tl": ("kawani", "tauhan", "empleyado"),
              "hy": ("աշխատակից", "աշխատակազմ"), "ru": ("сотрудник", "сотрудница"),
              "ar": ("موظف", "الموظف", "موظفة", "الموظفة"), "fa": ("کارمند",), "ja": ("担当者", "職員", "スタッフ")},
}

# the names of the languages a notice, a form or a sign-up sheet is in, in English and in their own ("Español", "Tiếng
# Việt", "한국어", "简体中文"): a column's heading over a bilingual text, a row's preferred language, never a person
LANGUAGE_NAME = re.compile(r"(?i)english|ingl[eé]s|spanish|espa[nñ]ol|castellano|vietnamese|ti[eế]ng vi[eệ]t|chinese|"
                           r"中文|简体中文|繁體中文|简体|繁體|普通话|普通話|粤语|粵語|廣東話|korean|한국어|tagalog|filipino|"
                           r"armenian|հայերեն|russian|русский|farsi|persian|فارسی|arabic|العربية|japanese|日本語|khmer|"
                           r"ភាសាខ្មែរ|thai|ภาษาไทย|lao|ພາສາລາວ|hindi|हिन्दी|punjabi|ਪੰਜਾਬੀ|french|fran[cç]ais|"
                           r"portuguese|portugu[eê]s")

# scripts written without spaces between words: a phrase counts anywhere inside a label
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u0e00-\u0eff\u1780-\u17ff]")
# a letter or a combining mark (Devanagari's vowel signs are marks, not letters): a word goes on
_WORD_GOES_ON = r"[^\W_]|[\u0300-\u036f\u0900-\u0d7f\u0e00-\u0eff\u1780-\u17ff\u064b-\u065f]"
# Arabic and Persian spellings of one letter; the zero-width non-joiner inside Persian words ("صورت‌حساب")
_UNIFY = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": "", "\u200d": "", "ـ": ""})


def _plain(text: str) -> str:
    """Lower case, composed, one spelling per Arabic-script letter, no joiners."""
    return unicodedata.normalize("NFC", text.lower()).translate(_UNIFY)


def _folded(text: str) -> str:
    """Latin letters without their accents: Vietnamese and Spanish as typed on an English keyboard."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.replace("đ", "d"))
                   if not "\u0300" <= c <= "\u036f")


def _forms(phrase: str) -> set[str]:
    plain = _plain(phrase)
    forms = {plain}
    folded = unicodedata.normalize("NFC", _folded(plain))
    if folded.isascii() and " " in folded:  # one-word folds are English words ("tên" -> "ten")
        forms.add(folded)
    return forms


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Every foreign phrase, in its plain forms, and its English."""
    return {form: english for english, languages in VOCABULARY.items()
            for phrases in languages.values() for phrase in phrases for form in _forms(phrase)}


def _alternative(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+").replace("ی", "[یيى]").replace("ک", "[کك]")


@lru_cache(maxsize=1)
def _phrase_re() -> re.Pattern:
    """Every phrase, longest first; a phrase of a spaced script as a whole word. The word boundaries stand once around
    the spaced phrases' alternation, not around each of them: a thousand copies of the boundaries' classes took
    seconds to compile, in every worker process."""
    phrases = sorted(_table(), key=len, reverse=True)
    spaced = "|".join(_alternative(p) for p in phrases if not _UNSPACED.search(p))
    unspaced = "|".join(_alternative(p) for p in phrases if _UNSPACED.search(p))
    return re.compile(rf"(?<!{_WORD_GOES_ON})(?:{spaced})(?!{_WORD_GOES_ON})|{unspaced}")


@lru_cache(maxsize=1)
def _ascii_phrase_words() -> tuple[frozenset[str], ...]:
    """The words, in ASCII letters, of each phrase a label in ASCII could hold ("numero ng account", "so tai khoan")."""
    return tuple({frozenset(_ASCII_WORD.findall(_folded(form))) for form in _table() if _folded(form).isascii()})


@lru_cache(maxsize=1)
def _ascii_phrases_by_word() -> dict[str, tuple[frozenset[str], ...]]:
    """The ASCII phrases (``_ascii_phrase_words``) each under its rarest word, so that a label's words look up only
    the few phrases that could be in it, not all three hundred; a phrase of no word (none now) under ""."""
    phrases = _ascii_phrase_words()
    counts = Counter(word for phrase in phrases for word in phrase)
    index: dict[str, list[frozenset[str]]] = {}
    for phrase in phrases:
        index.setdefault(min(phrase, key=lambda word: (counts[word], word), default=""), []).append(phrase)
    return {word: tuple(group) for word, group in index.items()}


_ASCII_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def to_english(label: str) -> str:
    """The label with each foreign phrase in it replaced by its English ("고객 번호" -> "customer number",
    "Số điện thoại của Thành phố" -> "phone number của thành phố"); an English label unchanged."""
    if label.isascii():
        words = set(_ASCII_WORD.findall(label.lower()))
        by_word = _ascii_phrases_by_word()
        if not any(phrase <= words for word in (*words, "") for phrase in by_word.get(word, ())):
            return label  # most labels, and every cell a transposed table's test reads: no phrase's words are here
    plain = _plain(label)
    translated, count = _phrase_re().subn(_english, plain)
    if not count:  # Vietnamese typed without its marks ("so tai khoan")
        translated, count = _phrase_re().subn(_english, unicodedata.normalize("NFC", _folded(plain)))
    return " ".join(translated.split()) if count else label


def _english(match: re.Match) -> str:
    return f" {_table()[_plain(' '.join(match.group().split()))]} "


_FIELD_WORDS = frozenset(word for english in VOCABULARY for word in english.split())


def only_labels(text: str) -> bool:
    """Whether ``text`` is nothing but labels of the vocabulary in another language ("Անուն Ազգանուն", "Số An Sinh Xã
    Hội"): a form's field, whose words a capitalised run reads as a name."""
    english = to_english(text)
    return english != text and set(english.split()) <= _FIELD_WORDS


# the word that joins a label to its value in a sentence: Tagalog's linker ("numero ng account na 0019 6037"),
# Vietnamese "là", Chinese 是/为, the Korean and Japanese topic particles ("고객 번호는 ...", "お客様番号は ...")
# (Vietnamese says whose the number is between the label and "là": "Số tài khoản của bà là ...", "... của Ông là ...")
_LINKERS = {"tl": (" na", " ay"), "vi": (" là", *(f" của {whose} là" for whose in (
    "ông", "bà", "chị", "anh", "cô", "quý vị", "quý khách"))), "zh": ("是", "为", "為"), "ko": ("는", "은"), "ja": ("は",),
            "km": (" គឺ", " គឺជា")}  # Khmer "is": "លេខគណនី គឺ 7705705224"


def phrases_for(*english: str) -> tuple[str, ...]:
    """The foreign labels whose English is one of ``english`` ("account number" -> "Số tài khoản", "账户号码" ...),
    as written and followed by the word that joins them to their value in a sentence, for a detector's list of
    label phrases (``vocabulary.label_words`` leaves them out: their words may be names in English text)."""
    found = set()
    for e in english:
        for language, phrases in VOCABULARY[e].items():
            for phrase in phrases:
                found |= {phrase} | {phrase + linker for linker in _LINKERS.get(language, ())}
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def phone_label_before() -> re.Pattern:
    """A phone's label in the languages of the City's translated pages right before a number ("연락처 9517936482",
    "Số điện thoại liên lạc: ", "电话 "), as ``labels.PHONE_LABEL_BEFORE`` reads the English and Spanish ones."""
    phrases = sorted(phrases_for("phone number"), key=len, reverse=True)
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(map(re.escape, phrases)) + r")[ \t]*[:#\uff1a]?[ \t]*$")


@lru_cache(maxsize=1)
def foreign_phrases() -> frozenset[str]:
    """Every phrase of the other languages, alone and with its linking word, as ``phrases_for`` gives them."""
    return frozenset(phrase + linker for phrases_by_language in VOCABULARY.values()
                     for language, phrases in phrases_by_language.items() if language != "es"
                     for phrase in phrases for linker in ("", *_LINKERS.get(language, ())))


@lru_cache(maxsize=2)
def _label_before_colon(ascii_only: bool) -> re.Pattern:
    fields = [p for p, english in _table().items() if english in _FIELDS and (p.isascii() or not ascii_only)]
    return re.compile("(?P<label>" + "|".join(_alternative(p) for p in sorted(fields, key=len, reverse=True))
                      # a unit or a note in brackets may stand before the colon: "Mức tiêu thụ (kWh):", "用电量（千瓦时）："
                      + r")\s*(?:#|no\.?|번호|号码|號碼)?(?:\s*[(\uff08][^()\uff08\uff09\n]{1,24}[)\uff09])?\s*[:#\uff1a\u055d]$",
                      re.IGNORECASE)


_FIELDS = frozenset(("customer name", "name", "customer", "service address", "billing address", "address",
                     "phone number", "email", "account number", "service account", "customer number", "meter number",
                     "usage", "ssn"))


def label_ending_at(text: str, end: int) -> re.Match | None:
    """A foreign field label whose ":" or "#" ends at ``end`` ("고객명:", "Số tài khoản:"), as
    ``context.headers.label_ending_at`` finds the English ones."""
    start = max(0, end - 41)
    return _label_before_colon(text[start:end].isascii()).search(text, start, end)
