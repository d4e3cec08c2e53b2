"""Cards printed in other scripts: Japanese, Chinese (simplified and traditional), Korean,
Russian and Greek, with their truth.

Each card prints what such cards print: the name in its own script (family name first in
Japanese, Chinese and Korean, with the romanised name beside it), a company with its
country's legal form (``株式会社``, ``有限公司``, ``주식회사``, ``ООО``, ``Α.Ε.``), a
title, phones behind the country's labels (``電話``, ``携帯``, ``传真``, ``Тел.``,
``Τηλ.``), printed nationally or with the country code, an address written as the country
writes it (large to small in East Asia, with Japan's ``〒`` postcode) and a Latin email
and website. The faces are Noto Sans and Serif CJK (Debian ``fonts-noto-cjk``) and DejaVu
for Cyrillic and Greek, all installed by the setup.

Names, companies and streets are made up or generic; phone numbers are drawn until
``phonenumbers`` takes them for valid numbers of the country.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import phonenumbers
from phonenumbers import PhoneNumberFormat
from PIL import Image, ImageDraw, ImageFont

from tools.cardgen.photograph import Photo, desk_photo, scan
from tools.cardgen.truth import CardTruth, PhoneKindName, TruthPhone

NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
COUNTRY_DOMAIN = 0.67
"""Share of cards at a domain of their country (``.co.jp``); the others are at ``.com``, so
their country shows only in their script and numbers."""
CARD_SIZE = (1050, 600)
"""3.5 by 2 inches at 300 dpi, as the other generated cards."""


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    family_roman: str
    given_roman: str


@dataclass(frozen=True)
class ScriptLocale:
    code: str
    region: str
    """The ``phonenumbers`` region of the country."""
    face_index: int
    """The face of the Noto CJK collection for the script (JP 0, KR 1, SC 2, TC 3); -1 for
    DejaVu, which has Cyrillic and Greek."""
    people: tuple[Person, ...]
    companies: tuple[str, ...]
    """``{}`` is where the stem goes beside the legal form."""
    stems: tuple[tuple[str, str], ...]
    """Company stems and the Latin word of their domain."""
    titles: tuple[str, ...]
    labels: dict[PhoneKindName, tuple[str, ...]]
    addresses: tuple[str, ...]
    """``#`` is a random digit."""
    tld: str
    mobile_starts: tuple[str, ...]
    landline_starts: tuple[str, ...]
    family_first: bool
    """CJK names print the family name first, and so does their romanised reading at times."""


_JP_PEOPLE = (
    Person("山田", "太郎", "Yamada", "Taro"),
    Person("佐藤", "花子", "Sato", "Hanako"),
    Person("鈴木", "一郎", "Suzuki", "Ichiro"),
    Person("高橋", "美咲", "Takahashi", "Misaki"),
    Person("田中", "健太", "Tanaka", "Kenta"),
    Person("渡辺", "直樹", "Watanabe", "Naoki"),
    Person("伊藤", "由美", "Ito", "Yumi"),
    Person("中村", "大輔", "Nakamura", "Daisuke"),
)
_ZH_PEOPLE = (
    Person("王", "伟", "Wang", "Wei"),
    Person("李", "娜", "Li", "Na"),
    Person("张", "敏", "Zhang", "Min"),
    Person("刘", "洋", "Liu", "Yang"),
    Person("陈", "静", "Chen", "Jing"),
    Person("杨", "帆", "Yang", "Fan"),
    Person("黄", "磊", "Huang", "Lei"),
    Person("赵", "丽华", "Zhao", "Lihua"),
)
_TW_PEOPLE = (
    Person("陳", "怡君", "Chen", "Yi-Chun"),
    Person("林", "志明", "Lin", "Chih-Ming"),
    Person("黃", "雅婷", "Huang", "Ya-Ting"),
    Person("張", "家豪", "Chang", "Chia-Hao"),
    Person("李", "淑芬", "Lee", "Shu-Fen"),
    Person("王", "建國", "Wang", "Chien-Kuo"),
    Person("吳", "美玲", "Wu", "Mei-Ling"),
    Person("劉", "冠宇", "Liu", "Kuan-Yu"),
)
_KR_PEOPLE = (
    Person("김", "민준", "Kim", "Min-jun"),
    Person("이", "서연", "Lee", "Seo-yeon"),
    Person("박", "지훈", "Park", "Ji-hoon"),
    Person("최", "수빈", "Choi", "Su-bin"),
    Person("정", "우진", "Jung", "Woo-jin"),
    Person("강", "하은", "Kang", "Ha-eun"),
    Person("조", "현우", "Cho", "Hyun-woo"),
    Person("윤", "지아", "Yoon", "Ji-a"),
)
_RU_PEOPLE = (
    Person("Петров", "Иван", "Petrov", "Ivan"),
    Person("Смирнова", "Анна", "Smirnova", "Anna"),
    Person("Иванов", "Сергей", "Ivanov", "Sergey"),
    Person("Кузнецова", "Мария", "Kuznetsova", "Maria"),
    Person("Соколов", "Дмитрий", "Sokolov", "Dmitry"),
    Person("Попова", "Елена", "Popova", "Elena"),
    Person("Волков", "Алексей", "Volkov", "Alexey"),
    Person("Морозова", "Ольга", "Morozova", "Olga"),
)
_GR_PEOPLE = (
    Person("Παπαδόπουλος", "Γιώργος", "Papadopoulos", "Giorgos"),
    Person("Νικολάου", "Μαρία", "Nikolaou", "Maria"),
    Person("Γεωργίου", "Νίκος", "Georgiou", "Nikos"),
    Person("Δημητρίου", "Ελένη", "Dimitriou", "Eleni"),
    Person("Ιωάννου", "Κώστας", "Ioannou", "Kostas"),
    Person("Αντωνίου", "Σοφία", "Antoniou", "Sofia"),
    Person("Οικονόμου", "Δημήτρης", "Oikonomou", "Dimitris"),
    Person("Βασιλείου", "Κατερίνα", "Vasileiou", "Katerina"),
)

SCRIPT_LOCALES: dict[str, ScriptLocale] = {
    "ja": ScriptLocale(
        code="ja",
        region="JP",
        face_index=0,
        people=_JP_PEOPLE,
        companies=("株式会社{}", "{}株式会社", "{}有限会社"),
        stems=(
            ("さくら商事", "sakura"),
            ("東和電機", "towa"),
            ("みなと物産", "minato"),
            ("日本精工", "nihonseiko"),
            ("青葉システム", "aoba"),
        ),
        titles=("営業部 部長", "代表取締役社長", "技術部 課長", "主任研究員", "マネージャー"),
        labels={"work": ("TEL", "電話", "Tel"), "mobile": ("携帯", "Mobile"), "fax": ("FAX",)},
        addresses=(
            "〒100-6921 東京都千代田区丸の内2-6-1",
            "〒530-0001 大阪府大阪市北区梅田1-#-#",
            "〒460-0008 愛知県名古屋市中区栄3-#-#",
            "〒220-0012 神奈川県横浜市西区みなとみらい2-#-1",
        ),
        tld="co.jp",
        mobile_starts=("90", "80", "70"),
        landline_starts=("3", "6", "52", "45"),
        family_first=True,
    ),
    "zh_hans": ScriptLocale(
        code="zh_hans",
        region="CN",
        face_index=2,
        people=_ZH_PEOPLE,
        companies=("{}有限公司", "{}科技有限公司", "{}股份有限公司"),
        stems=(
            ("华信", "huaxin"),
            ("东方", "dongfang"),
            ("长城", "changcheng"),
            ("天润", "tianrun"),
            ("中联", "zhonglian"),
        ),
        titles=("销售经理", "总经理", "技术总监", "市场部主管", "高级工程师"),
        labels={"work": ("电话", "Tel"), "mobile": ("手机",), "fax": ("传真", "Fax")},
        addresses=(
            "上海市浦东新区世纪大道###号",
            "北京市朝阳区建国路##号",
            "广东省深圳市南山区科技园路##号",
            "浙江省杭州市西湖区文三路###号",
        ),
        tld="com.cn",
        mobile_starts=("138", "139", "186", "150"),
        landline_starts=("21", "10", "755", "571"),
        family_first=True,
    ),
    "zh_hant": ScriptLocale(
        code="zh_hant",
        region="TW",
        face_index=3,
        people=_TW_PEOPLE,
        companies=("{}股份有限公司", "{}有限公司", "{}企業有限公司"),
        stems=(
            ("台灣精密", "twprecision"),
            ("永昌", "yungchang"),
            ("聯華", "lianhwa"),
            ("東元", "tungyuan"),
            ("鴻達", "hungta"),
        ),
        titles=("業務經理", "總經理", "技術處長", "行銷專員", "資深工程師"),
        labels={"work": ("電話", "Tel"), "mobile": ("手機",), "fax": ("傳真", "Fax")},
        addresses=(
            "台北市信義區信義路五段#號",
            "新竹市東區光復路二段###號",
            "台中市西屯區台灣大道三段##號",
            "高雄市前鎮區中山二路##號",
        ),
        tld="com.tw",
        mobile_starts=("912", "933", "958", "988"),
        landline_starts=("2", "3", "4", "7"),
        family_first=True,
    ),
    "ko": ScriptLocale(
        code="ko",
        region="KR",
        face_index=1,
        people=_KR_PEOPLE,
        companies=("{} 주식회사", "주식회사 {}", "(주){}"),
        stems=(
            ("한빛전자", "hanbit"),
            ("세종물산", "sejong"),
            ("대한정밀", "daehan"),
            ("미래기술", "mirae"),
            ("푸른솔", "pureunsol"),
        ),
        titles=("영업부 부장", "대표이사", "기술연구소 팀장", "마케팅 과장", "수석연구원"),
        labels={"work": ("전화", "Tel"), "mobile": ("휴대폰", "Mobile"), "fax": ("팩스", "Fax")},
        addresses=(
            "서울특별시 강남구 테헤란로 ###",
            "경기도 성남시 분당구 판교역로 ###",
            "부산광역시 해운대구 센텀중앙로 ##",
            "대전광역시 유성구 대학로 ###",
        ),
        tld="co.kr",
        mobile_starts=("10",),
        landline_starts=("2", "31", "51", "42"),
        family_first=True,
    ),
    "ru": ScriptLocale(
        code="ru",
        region="RU",
        face_index=-1,
        people=_RU_PEOPLE,
        companies=("ООО «{}»", "АО «{}»", "ООО {}"),
        stems=(
            ("Северный Ветер", "severveter"),
            ("Альфа Логистик", "alfalog"),
            ("Технопром", "technoprom"),
            ("Восток Трейд", "vostoktrade"),
            ("Гранит", "granit"),
        ),
        titles=(
            "Генеральный директор",
            "Менеджер по продажам",
            "Главный инженер",
            "Руководитель отдела",
            "Ведущий специалист",
        ),
        labels={
            "work": ("Тел.", "Тел:", "Телефон"),
            "mobile": ("Моб.", "Мобильный"),
            "fax": ("Факс",),
        },
        addresses=(
            "125009, г. Москва, ул. Тверская, д. ##",
            "191186, г. Санкт-Петербург, Невский пр., д. ##",
            "630099, г. Новосибирск, ул. Ленина, д. #",
            "420111, г. Казань, ул. Баумана, д. ##",
        ),
        tld="ru",
        mobile_starts=("916", "903", "925", "985"),
        landline_starts=("495", "812", "383", "843"),
        family_first=False,
    ),
    "el": ScriptLocale(
        code="el",
        region="GR",
        face_index=-1,
        people=_GR_PEOPLE,
        companies=("{} Α.Ε.", "{} Ε.Π.Ε.", "{} Ι.Κ.Ε."),
        stems=(
            ("Αιγαίο Λογιστική", "aigaio"),
            ("Όλυμπος Τεχνική", "olympos"),
            ("Ερμής Εμπορική", "ermis"),
            ("Ακρόπολις Συστήματα", "akropolis"),
            ("Ποσειδών Ναυτιλιακή", "poseidon"),
        ),
        titles=(
            "Διευθυντής Πωλήσεων",
            "Γενικός Διευθυντής",
            "Μηχανικός Λογισμικού",
            "Υπεύθυνη Marketing",
            "Σύμβουλος Επιχειρήσεων",
        ),
        labels={"work": ("Τηλ.", "Τηλ:", "Τ."), "mobile": ("Κιν.", "Κινητό"), "fax": ("Fax",)},
        addresses=(
            "Λεωφ. Κηφισίας ##, 151 25 Μαρούσι",
            "Ερμού ##, 105 63 Αθήνα",
            "Τσιμισκή ##, 546 24 Θεσσαλονίκη",
            "Αγίου Νικολάου #, 262 21 Πάτρα",
        ),
        tld="gr",
        mobile_starts=("69",),
        landline_starts=("210", "2310", "2610"),
        family_first=False,
    ),
}
SCRIPT_CODES = tuple(SCRIPT_LOCALES)


def make_script_card(seed: int | str, code: str) -> tuple[Image.Image, CardTruth]:
    """A flat card (RGB, about 300 dpi) printed in ``code``'s script, and its truth."""
    rng = random.Random(f"{code}:{seed}")
    locale = SCRIPT_LOCALES[code]
    truth = _truth(rng, locale)
    return _render(rng, locale, truth), truth


def script_sample(seed: int, code: str, kind: str) -> tuple[Photo, CardTruth]:
    """A card of ``code`` as a flat scan (``kind`` "scan") or a desk photo ("desk")."""
    card, truth = make_script_card(seed, code)
    rng = np.random.default_rng([seed, SCRIPT_CODES.index(code)])
    photo = scan(card, rng) if kind == "scan" else desk_photo(card, rng)
    return photo, truth


def _truth(rng: random.Random, locale: ScriptLocale) -> CardTruth:
    person = rng.choice(locale.people)
    stem, domain_word = rng.choice(locale.stems)
    company = rng.choice(locale.companies).format(stem)
    if locale.family_first:
        name = f"{person.family}{rng.choice(('', ' ', '　'))}{person.given}"
        reading = rng.choice(
            (
                f"{person.given_roman} {person.family_roman}",
                f"{person.family_roman.upper()} {person.given_roman}",
            )
        )
    else:
        name, reading = f"{person.given} {person.family}", ""
    domain = f"{domain_word}.{locale.tld if rng.random() < COUNTRY_DOMAIN else 'com'}"
    local = rng.choice(
        (
            person.given_roman.lower().replace("-", ""),
            f"{person.given_roman[0]}.{person.family_roman}".lower(),
        )
    )
    kinds: list[PhoneKindName] = ["work", "mobile"] + (["fax"] if rng.random() < 0.4 else [])
    international = rng.random() < 0.4
    phones = [_phone(rng, locale, kind, international) for kind in kinds]
    address = "".join(
        str(rng.randint(1, 9)) if c == "#" else c for c in rng.choice(locale.addresses)
    )
    return CardTruth(
        locale=locale.code,
        layout="script",
        dark=False,
        name=name,
        given_name=person.given,
        family_name=person.family,
        name_reading=reading,
        title=rng.choice(locale.titles),
        company=company,
        emails=[f"{local}@{domain}"],
        phones=phones,
        websites=[f"www.{domain}"],
        address_lines=[address],
    )


def _phone(
    rng: random.Random, locale: ScriptLocale, kind: PhoneKindName, international: bool
) -> TruthPhone:
    starts = locale.mobile_starts if kind == "mobile" else locale.landline_starts
    wanted = (
        {phonenumbers.PhoneNumberType.MOBILE}
        if kind == "mobile"
        else {
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        }
    )
    while True:
        start = rng.choice(starts)
        for length in range(7, 12):
            digits = start + "".join(str(rng.randint(0, 9)) for _ in range(length - len(start)))
            number = phonenumbers.parse(f"+{_country_code(locale)}{digits}")
            if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted:
                style = (
                    PhoneNumberFormat.INTERNATIONAL if international else PhoneNumberFormat.NATIONAL
                )
                return TruthPhone(
                    kind=kind,
                    e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
                    printed=phonenumbers.format_number(number, style),
                    label=rng.choice(locale.labels[kind]),
                )


def _country_code(locale: ScriptLocale) -> int:
    return phonenumbers.country_code_for_region(locale.region)


def _face(locale: ScriptLocale, bold: bool, serif: bool, size: int) -> ImageFont.FreeTypeFont:
    if locale.face_index < 0:
        name = f"DejaVu{'Serif' if serif else 'Sans'}{'-Bold' if bold else ''}.ttf"
        return ImageFont.truetype(str(DEJAVU / name), size)
    name = f"Noto{'Serif' if serif else 'Sans'}CJK-{'Bold' if bold else 'Regular'}.ttc"
    path = NOTO_CJK / name
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: install fonts-noto-cjk")
    return ImageFont.truetype(str(path), size, index=locale.face_index)


def _render(rng: random.Random, locale: ScriptLocale, truth: CardTruth) -> Image.Image:
    """Company on top, the name large with its reading under it, the title, then the phones,
    email, website and address; left-aligned or centred, sans or serif."""
    serif = rng.random() < 0.3
    centred = rng.random() < 0.4
    width, height = CARD_SIZE
    image = Image.new("RGB", CARD_SIZE, (250, 250, 246))
    draw = ImageDraw.Draw(image)
    ink = (20, 20, 30)
    lines: list[tuple[str, int, bool]] = [(truth.company, 34, True), (truth.name, 56, True)]
    if truth.name_reading:
        lines.append((truth.name_reading, 26, False))
    lines.append((truth.title, 28, False))
    body = [f"{p.label} {p.printed}" for p in truth.phones]
    body += [truth.emails[0], truth.websites[0], truth.address]
    lines += [(text, 25, False) for text in body]
    gap = (height - 70 - sum(size for _, size, _ in lines)) / (len(lines) - 1)
    y = 35.0
    for text, points, bold in lines:
        size = points
        font = _face(locale, bold, serif, size)
        while font.getlength(text) > width - 120 and size > 14:
            size -= 1
            font = _face(locale, bold, serif, size)
        x = (width - font.getlength(text)) / 2 if centred else 60
        draw.text((x, y), text, font=font, fill=ink)
        y += points + gap
    return image
