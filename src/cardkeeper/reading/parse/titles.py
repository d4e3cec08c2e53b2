"""Job titles: role words in the card languages.

A title is recognised by a role word (Manager, Geschäftsführer, Directeur,
Ingeniero, Adviseur …), including German and Dutch compounds that end in one
(``Vertriebsleiter``, ``Accountmanager``). Department words (Sales, Vertrieb)
alone do not make a title: taglines use them too.
"""

from __future__ import annotations

import re

from cardkeeper.reading.parse.domains import plain
from cardkeeper.reading.parse.text import lexicon

_ROLES = lexicon(
    """
    manager director head engineer developer designer architect consultant founder cofounder
    co-founder ceo cto cfo coo cmo cio ciso cpo cso chro evp svp vp president vice officer
    partner associate analyst specialist coordinator lead leader chief executive assistant
    advisor adviser representative rep accountant attorney lawyer counsel solicitor barrister
    scientist researcher professor lecturer owner principal administrator agent broker editor
    producer strategist supervisor technician therapist physician surgeon dentist nurse
    pharmacist recruiter secretary treasurer chairman chairwoman chairperson chair intern
    trainee programmer planner buyer controller auditor economist photographer writer
    copywriter realtor foreman operator specialist officer fellow dean registrar curator
    investigator paralegal notary journalist translator interpreter coach trainer tutor
    teacher instructor manageress proprietor entrepreneur evangelist advocate steward scholar
    expert author stylist hairstylist apprentice receptionist senator congressman congresswoman
    governor ambassador councillor councilor commissioner
    geschaftsfuhrer geschaftsfuhrerin geschaftsfuhrung leiter leiterin leitung ingenieur
    ingenieurin berater beraterin entwickler entwicklerin inhaber inhaberin vorstand
    vorsitzender vorsitzende prokurist prokuristin referent referentin sachbearbeiter
    sachbearbeiterin assistenz architektin rechtsanwalt rechtsanwaltin steuerberater
    steuerberaterin kaufmann kauffrau direktor direktorin grunder grunderin mitgrunder
    mitgrunderin projektleiter teamleiter abteilungsleiter bereichsleiter fachanwalt
    gesellschafter gesellschafterin geschaftsfuhrender mitarbeiter mitarbeiterin
    directeur directrice responsable ingenieur chef gerant gerante president presidente
    fondateur fondatrice conseiller conseillere consultante charge chargee commercial
    commerciale associe associee developpeur developpeuse avocat avocate architecte
    comptable assistante attache attachee delegue deleguee gestionnaire adjoint adjointe
    directora gerente ingeniero ingeniera jefe jefa consultor consultora asesor asesora
    fundador fundadora socio socia abogado abogada arquitecto arquitecta desarrollador
    desarrolladora coordinador coordinadora tecnico tecnica analista administrador
    administradora ejecutivo ejecutiva delegado delegada encargado encargada subdirector
    subdirectora vendedor vendedora diretor diretora engenheiro engenheira advogado advogada
    coordenador coordenadora assistente
    direttore direttrice responsabile ingegnere amministratore delegato consulente
    fondatore fondatrice avvocato architetto sviluppatore sviluppatrice commerciale
    titolare capo coordinatore coordinatrice progettista geometra commercialista
    adviseur eigenaar oprichter inkoper medewerker ontwikkelaar bedrijfsleider accountmanager
    projectleider teamleider verkoper vennoot hoofd advocaat beheerder coordinator
    directie bestuurder zaakvoerder
    """
)
_COMPOUND_ENDINGS = (
    "leiter", "leiterin", "manager", "berater", "beraterin", "ingenieur", "entwickler",
    "fuhrer", "fuhrerin", "direktor", "leider", "adviseur", "medewerker", "engineer",
    "developer", "designer", "architekt", "referent", "spezialist", "spezialistin",
    "mitarbeiter", "mitarbeiterin",
)  # fmt: skip
_ABBREVIATIONS = re.compile(r"\b(?:C[A-Z]O|[ES]?VP|MD|[AD]?GM|PDG)\b")
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PREFIXED_ROLE = re.compile(r"\b(?:vice|sub|co|deputy|joint)-([^\W\d_]+)", re.IGNORECASE)
_FIRM_OF = re.compile(
    r"(?:&|\+|\b(?:and|und|en|et|y)\b)\s*(?:partners?|associates?|associ[ée]s)\b",
    re.IGNORECASE,
)
"""``WEBER & PARTNER``, ``Smith and Associates``: a firm named after its founders and their
partners, not a partner's role."""
_PLACE_OF = re.compile(r"\bhead\s*(?:office|quarters)\b", re.IGNORECASE)
"""``Head Office``: a place, the label of an address, not the head of anything."""
_DEGREES = lexicon(
    """
    md phd dphil mba ma ms msc mphil ba bs bsc beng meng llb llm jd dds dmd rn cpa ea pmp
    cfa acca aca fca pe
    """
)
"""Degrees and credentials set after a name (``MD, PhD``): who the person is, not a role,
though ``MD`` alone is a managing director on many cards."""


def is_role_word(word: str) -> bool:
    folded = plain(word)
    if folded in _ROLES:
        return True
    return len(folded) > 8 and folded.endswith(_COMPOUND_ENDINGS)


def title_evidence(text: str) -> float:
    """How much a segment reads as a job title: 0.9 with a role word, else 0.

    A role word after a rank and a hyphen counts (``Vice-President``, ``Sub-Director``)."""
    text = _FIRM_OF.sub(" ", _PLACE_OF.sub(" ", text))
    if _ABBREVIATIONS.search(text):
        return 0.9
    tokens = _TOKEN.findall(text) + _PREFIXED_ROLE.findall(text)
    if any(is_role_word(token) for token in tokens):
        return 0.9
    return 0.0


def is_degree_list(text: str) -> bool:
    """Two or more degrees and nothing else: ``MD, PhD``, ``CPA, EA``. Such a segment, split
    from the name's line, is no title though ``MD`` reads as one."""
    tokens = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*", text)
    folded = [plain(token) for token in tokens]
    return len(folded) >= 2 and all(token in _DEGREES for token in folded)


_KEPT_CAPITALS = lexicon(
    """
    ceo cto cfo coo cmo cio ciso cpo cso chro cdo cco cro evp svp avp vp gm md hr it ux ui
    qa pr emea apac dach latam nordics benelux eu uk us usa uae ai bi erp crm seo b2b b2c
    """
)
"""Abbreviations an ALL-CAPS title keeps in capitals (and words without a vowel: ``VP``)."""
_LOWER_JOINERS = lexicon("of and for the in to at on de du des la le et und fur y e da di del")
_LETTERS = re.compile(r"[^\W\d_]+")


def proper_case_title(text: str) -> str:
    """An ALL-CAPS title in proper case, as names are (``HEAD OF SALES`` -> ``Head of Sales``).

    Capitals on a card are its typography, not the title's spelling; kept, they
    make a contact list shout on one line in two. Abbreviations stay capitals
    (``SVP, EMEA`` -> ``SVP, EMEA``); joining words after the first go lower
    case. A title in mixed case is the spelling the card chose, kept as printed.
    """
    if not text.isupper():
        return text

    def proper(match: re.Match[str]) -> str:
        word, after = match.group(), match.string[match.end() : match.end() + 1]
        folded = plain(word)
        if match.start() > 0 and after in ("", " ") and folded in _LOWER_JOINERS:
            return word.lower()
        if len(word) == 1 or folded in _KEPT_CAPITALS or not re.search("[aeiouy]", folded):
            return word
        return word.capitalize()

    return _LETTERS.sub(proper, text)
