"""The states and provinces that addresses print as short codes after the city."""

from __future__ import annotations


def codes(text: str) -> frozenset[str]:
    """A table of codes written as whitespace-separated text, the readable way to keep it."""
    return frozenset(text.split())


US_STATES = codes(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
US_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
    "Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia"
)
"""Written out, as some cards do (``Stanford, California 94305``)."""
CA_PROVINCES = codes("AB BC MB NB NL NS NT NU ON PE QC SK YT")
CA_PROVINCE_NAMES = (
    "Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|"
    "Ontario|Prince Edward Island|Québec|Quebec|Saskatchewan|Yukon"
)
"""Written out, as Quebec's addresses often do: ``Montréal (Québec) H3B 1A1``."""
AU_STATES = codes("NSW VIC QLD WA SA TAS ACT NT")
AU_STATE_NAMES = (
    "New South Wales|Victoria|Queensland|Western Australia|South Australia|Tasmania|"
    "Australian Capital Territory|Northern Territory"
)
BR_STATES = codes(
    "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO"
)
"""Brazil's states and federal district (UF), printed after the city: ``São Paulo - SP``."""


def one_of(table: frozenset[str]) -> str:
    """A regex alternative of the codes of ``table``, longest first."""
    return "|".join(sorted(table, key=lambda code: (-len(code), code)))
