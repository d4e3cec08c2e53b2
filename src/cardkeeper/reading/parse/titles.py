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
    senator governor councillor councilor ambassador commissioner
    geschaftsfuhrer geschaftsfuhrerin geschaftsfuhrung leiter leiterin leitung ingenieur
    ingenieurin berater beraterin entwickler entwicklerin inhaber inhaberin vorstand
    vorsitzender vorsitzende prokurist prokuristin referent referentin sachbearbeiter
    sachbearbeiterin assistenz architektin rechtsanwalt rechtsanwaltin steuerberater
    steuerberaterin kaufmann kauffrau direktor direktorin grunder grunderin mitgrunder
    mitgrunderin projektleiter teamleiter abteilungsleiter bereichsleiter fachanwalt
    directeur directrice responsable ingenieur chef gerant gerante president presidente
    fondateur fondatrice conseiller conseillere consultante charge chargee commercial
    commerciale associe associee developpeur developpeuse avocat avocate architecte
    comptable assistante attache attachee delegue deleguee gestionnaire adjoint adjointe
    directora gerente ingeniero ingeniera jefe jefa consultor consultora asesor asesora
    fundador fundadora socio socia abogado abogada arquitecto arquitecta desarrollador
    desarrolladora coordinador coordinadora tecnico tecnica analista administrador
    administradora ejecutivo ejecutiva delegado delegada encargado encargada
    direttore direttrice responsabile ingegnere amministratore delegato consulente
    fondatore fondatrice avvocato architetto sviluppatore sviluppatrice commerciale
    titolare capo coordinatore coordinatrice progettista geometra commercialista
    adviseur eigenaar oprichter medewerker ontwikkelaar bedrijfsleider accountmanager
    projectleider teamleider verkoper vennoot hoofd advocaat beheerder coordinator
    directie bestuurder
    """
)
_COMPOUND_ENDINGS = (
    "leiter", "leiterin", "manager", "berater", "beraterin", "ingenieur", "entwickler",
    "fuhrer", "fuhrerin", "direktor", "leider", "adviseur", "medewerker", "engineer",
    "developer", "designer", "architekt", "referent", "spezialist", "spezialistin",
)  # fmt: skip
_ABBREVIATIONS = re.compile(r"\b(?:C[A-Z]O|[ES]?VP|MD|GM)\b")
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def is_role_word(word: str) -> bool:
    folded = plain(word)
    if folded in _ROLES:
        return True
    return len(folded) > 8 and folded.endswith(_COMPOUND_ENDINGS)


def title_evidence(text: str) -> float:
    """How much a segment reads as a job title: 0.9 with a role word, else 0."""
    if _ABBREVIATIONS.search(text):
        return 0.9
    if any(is_role_word(token) for token in _TOKEN.findall(text)):
        return 0.9
    return 0.0
