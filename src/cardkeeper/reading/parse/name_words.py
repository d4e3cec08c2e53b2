"""Words that tell a person's name from other text, and which part of it comes first.

Lists written from public frequency tables and dictionaries: the most common
family and given names of the countries whose cards print the family name
first, and the everyday, trade and shop words no person's name is made of.
"""

from __future__ import annotations

from cardkeeper.reading.parse.text import lexicon

SHOP_WORDS = lexicon(
    """
    ink tattoo tattoos salon barbers boutique bistro cafe grill pizzeria bakery garage autos
    dental pharmacy gallery digital transport transports transportes transporte
    volkswagen chevrolet nissan hyundai subaru mazda lexus acura mitsubishi toyota
    shokai shoji sangyo kogyo seisakusho
    """
)
"""Words of a shop's, dealer's or trading firm's name (``Defining Ink``, ``Tom Mason
Volkswagen``, ``SATOYAMA SHOKAI``: the romaji of 商会), set in the size and shape of a person's
name; no given or family name is one of them. Car makes named after a family (Ford, Honda,
Suzuki) are left out."""
EVERYDAY = (
    lexicon(
        """
    the and of for your our we you us with in to at by on a an from since est more best
    new all one my me it is are be get make think act big simple smart better future
    quality trust together innovation excellence service services solutions experts
    world global local home life good great welcome thank thanks hello contact call
    follow visit scan me here now today ihr ihre unser wir und für mit votre notre nous
    et pour avec su nuestro para con y il la nostro per uw onze wij voor met en
    street road avenue suite floor tel fax mobile phone email web
    tax taxes accounting bookkeeping payroll insurance consulting coaching training
    marketing legal realty repairs cleaning catering photography plumbing roofing
    company corporate office address near house estate dept dept. department enterprise
    enterprises industries traders trading exports imports impex international holidays
    tours travels foods motors supply labs strategy online order available facility banquet
    personal luxury shopper books jewellery jewelry petroleum example sample if
    fresh taste tasty delicious authentic finest premium pure natural organic healthy
    perfect creative professional reliable affordable friendly beauty dining cuisine flavor
    flavour homemade handmade genuine delivery takeout
    """
    )
    | SHOP_WORDS
)
"""Everyday words no person's name is made of: a line of them is a slogan, an address or a
trade, however capitalised. Among them the words a slogan praises its goods with (``Fresh
Taste``, ``Pure Natural``), set large on a shop's card that names no person, where they are
the only name-shaped line once OCR has lost the logo."""
SECOND_GIVEN_NAMES = lexicon(
    """
    jose maria luis carlos antonio manuel angel miguel ignacio javier francisco pablo alberto
    andres ramon jesus juan pedro carmen isabel elena teresa pilar luisa sofia eugenia victoria
    """
)
"""Spanish given names that are often the second part of a compound (``José Luis``)."""
COMPOUND_GIVEN_HEADS = lexicon("venkata sai sri naga siva shiva rama krishna chandra surya satya")
"""South Indian given names that open a two-word given name (``Krishna Mohan``, ``Chandra
Mouli``, ``Venkata Ramana``), often also written as one word (``Chandramouli``)."""
EAST_ASIAN_FAMILY = lexicon(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye
    cheng wei su lu ding ren shen yao chan wong cheung leung lau lee ng ho tsang tse kwok lam
    yeung chow chiu tsai hsu chang tan teo goh lim
    kim yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang im oh seo
    suh shin sin kwon hwang ahn an jeon chun jun hong yoo ryu ko go moon mun son sohn bae baek
    paik heo huh nam noh roh ha kwak sung cha joo ju woo min na jin ji eom um chae won bang
    """
)
"""Common Chinese (pinyin and Cantonese/Taiwanese spellings) and Korean family names, from
the published frequency tables: a few dozen cover most people."""
VIETNAMESE_FAMILY = lexicon(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai
    trinh doan luong cao ha thai ta
    """
)
JAPANESE_FAMILY = lexicon(
    """
    sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
    sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto
    yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii
    saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda
    nakagawa nakano harada
    """
)
HUNGARIAN_FAMILY = lexicon(
    """
    nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz
    lakatos meszaros olah racz fekete szilagyi torok feher balazs gal szucs kocsis fodor
    """
)
GIVEN_PRINTED_LAST = lexicon(
    """
    souta sota haruto yuto yamato riku hiroshi takashi akira kenji yuji koji shinji taro tarou
    ichiro jiro kenta shota yuta daiki kazuki naoki hiroki takeshi makoto satoshi tsuyoshi
    yusuke daisuke kosuke ryota kaito sakura misaki hanako yuko yoko keiko akiko tomoko kyoko
    naoko michiko kana haruka ayaka nanami yuka mayumi megumi yumiko yuna
    kiran ravi suresh ramesh rajesh mahesh ganesh dinesh naresh srinivas venkat venkatesh
    anil sunil vijay ajay rahul amit sanjay naveen praveen pradeep sandeep deepak ashok arun
    vinay vinod manoj satish sachin nikhil vikas vivek harish girish sridhar srikanth lakshmi
    priya divya swathi kavitha anitha sunitha sharath bharath
    """
)
"""Common Japanese and Indian given names that the family name precedes by custom
(``Tanaka Hanako``, the Telugu ``Thummala Kiran``); names shorter than four letters are
left out, being family names or words elsewhere (``Mai``, ``Ren``)."""
