"""Names in a sentence, for telling whose a figure is: capitalized word runs, normalized, with
countries and their adjectives folded together ("Japanese" meets "Japan's"), generic openers,
months and news furniture dropped, places told from other names."""

from __future__ import annotations

import re
from functools import cache

from claimcheck.extract.dateline_table import PLACE_TERRITORIES
from claimcheck.extract.datelines import dateline_territory
from claimcheck.extract.lexicon import MONTHS, NUMBER_WORD_VALUES, WEEKDAYS
from claimcheck.extract.patterns import compile_pattern
from claimcheck.measures import word_set

# ---------------------------------------------------------------------------------------------
# Subjects: the names in the sentence, normalized, with aliases folded together.


def _words(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in text.split())


# "Jly" is a wire-copy spelling of July the date scanner does not read.
_MONTHS = frozenset(MONTHS) | {"jly"}
# Weekday abbreviations that are also names ("Sun" Co., "Sat") do not end a name.
_WEEKDAYS = frozenset(WEEKDAYS) - {"thur", "thurs", "fri", "sat", "sun"}
_NUMBER_WORDS = frozenset(NUMBER_WORD_VALUES) | _words("hundred thousand million billion")
# Capitalized words that always end a name: months, weekdays, titles, news furniture.
_BREAK_WORDS = (
    _MONTHS
    | _WEEKDAYS
    | _NUMBER_WORDS
    | _words(
        """
        mr mrs ms dr prof sir lord president minister chairman chief secretary spokesman
        spokeswoman governor director officials official analysts analyst sources source
        dealers traders reuter reuters note notes shr shrs net revs rev qtr qtrs avg oper mths
        no christmas easter
        """
    )
    # Units of account and indices qualify a measure ("SDR reserves", "GNP growth"): never a
    # company or a country. (Money aggregates, "M-1", are read with the measure's words.)
    | _words("gnp gdp cpi ppi rpi wpi sdr sdrs ecu ecus")
)
# Capitalized words that name nothing when they open a run: sentence openers, pronouns and
# generic words ("The", "But", "Total"); inside a name they stay.
_LEADING_WORDS = _words(
    """
    the a an in on at but and or it its he she they we i you this that these those there
    for with by as if when while after before under over also however meanwhile since
    though although because during from to of than then thus so yet still some many most
    all any each both other another such not first last next our their
    his her my your what which who whom whose where why how here today yesterday tomorrow
    year years month months week weeks day days total including excluding earlier later
    according among against between until unless whether share shares dlrs dlr pct
    """
)
# Words of institutions every country has: "Central Bank" or "Statistics Office" alone does
# not say whose, so such a name never makes a match on its own.
_INSTITUTION_WORDS = _words(
    """
    company companies corporation bank banks board council committee committees commission
    department ministry agency office service international national central united state
    states union republic federation association institute government federal reserve
    statistics statistical finance agriculture commerce labor labour treasury customs excise
    budget congress senate house white parliament cabinet bureau authority administration
    economic economy development monetary trade industry energy planning and of the
    securities exchange investors investor service services poor poors moody moodys standard
    duff phelps ratings rating district court courts appeals appeal supreme circuit jury
    """
)
_GENERIC_NOUNS = _words(
    "company corporation group bank government state department ministry agency court"
)
_GENERIC = _BREAK_WORDS | _LEADING_WORDS | _GENERIC_NOUNS
# Legal-form suffixes: "Standard Oil Co" and "Standard Oil Corp" name the same company.
_COMPANY_SUFFIXES = _words(
    "co cos corp corporation company inc incorporated ltd limited plc llc lp ag sa nv bv spa"
    " gmbh bhd pty holdings holding group industries enterprises"
)
# Words that say what a business does or is, not who it is: a name made of them alone with
# places ("savings and loan association of ohio", "oil", "department stores") is shared by
# many (store.subject_name_keys).
TRADE_WORDS = (
    _INSTITUTION_WORDS
    | _COMPANY_SUFFIXES
    | _words(
        """
        savings loan loans trust power light electric gas telephone telegraph oil petroleum
        mining mines mine paper steel chemical chemicals airlines airline air stores store
        insurance health care financial capital credit acceptance partners communications
        foods food products systems technologies technology resources a an de du la le
        """
    )
)
_CURRENCY_WORDS = _words(
    """
    dollar dollars dlr dlrs franc francs mark marks yen crown crowns krona kronor krone kroner
    markka lira lire pound pounds stg sterling currency guilder guilders peso pesos rand ringgit
    rupee rupees escudo escudos peseta pesetas schilling schillings dinar dinars riyal riyals
    won yuan baht drachma drachmas cruzado cruzados shekel shekels ecu ecus cts cents punt punts
    """
)
# Countries and their adjectives folded to one key, so "Japanese exports" meets "Japan's".
_ALIASES: dict[str, str] = {
    "us": "us",
    "u s": "us",
    "usa": "us",
    "united states": "us",
    "america": "us",
    "american": "us",
    "americans": "us",
    "uk": "uk",
    "britain": "uk",
    "british": "uk",
    "great britain": "uk",
    "united kingdom": "uk",
    # Provinces and territories named with a nationality's adjective are not that nation.
    "british columbia": "british columbia",
    "french guiana": "french guiana",
    "french polynesia": "french polynesia",
    "dutch antilles": "netherlands antilles",
    # One key for the Federal Republic, before 1990 and after: copy of the 1980s writes
    # "West German" and "German" for the same country, and "the German trade surplus" of 1987
    # must meet "West Germany's" (East Germany keeps its own key).
    "west germany": "germany",
    "west german": "germany",
    "west germans": "germany",
    "east german": "east germany",
    "german": "germany",
    "japanese": "japan",
    "chinese": "china",
    "french": "france",
    "italian": "italy",
    "spanish": "spain",
    "dutch": "netherlands",
    "holland": "netherlands",
    "canadian": "canada",
    "australian": "australia",
    "brazilian": "brazil",
    "mexican": "mexico",
    "argentine": "argentina",
    "south korean": "south korea",
    "korean": "korea",
    "taiwanese": "taiwan",
    "indian": "india",
    "soviet": "soviet union",
    "ussr": "soviet union",
    "soviets": "soviet union",
    "swiss": "switzerland",
    "swedish": "sweden",
    "belgian": "belgium",
    "irish": "ireland",
    "israeli": "israel",
    "egyptian": "egypt",
    "saudi": "saudi arabia",
    "iranian": "iran",
    "iraqi": "iraq",
    "philippine": "philippines",
    "indonesian": "indonesia",
    "malaysian": "malaysia",
    "nigerian": "nigeria",
    "norwegian": "norway",
    "danish": "denmark",
    "finnish": "finland",
    "austrian": "austria",
    "portuguese": "portugal",
    "greek": "greece",
    "turkish": "turkey",
    "thai": "thailand",
    "ec": "european community",
    "european community": "european community",
    "calif": "california",
    "mich": "michigan",
    "conn": "connecticut",
    "n y": "new york",
    "ny": "new york",
    "new york": "new york",
    "hong kong": "hong kong",
    "south africa": "south africa",
    "new zealand": "new zealand",
    "north american": "north america",
    "latin american": "latin america",
    "south american": "south america",
    "european": "europe",
    "asian": "asia",
    "african": "africa",
}

# A U.S. state as the wire abbreviates it after a town ("a Sarasota, Fla., maker of ...") is a
# place when it stands alone as a name, never a company or a holder. Only whole names are
# read so (a word of a longer name is not looked up here), and abbreviations that are also
# words a name or a sentence opens with ("Ore", "Mass", "Wash", "Ill", "Del") are left out.
_STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "alabama",
    "ariz": "arizona",
    "colo": "colorado",
    "fla": "florida",
    "ga": "georgia",
    "ky": "kentucky",
    "md": "maryland",
    "minn": "minnesota",
    "neb": "nebraska",
    "nev": "nevada",
    "nh": "new hampshire",
    "nj": "new jersey",
    "n j": "new jersey",
    "nm": "new mexico",
    "nc": "north carolina",
    "nd": "north dakota",
    "okla": "oklahoma",
    "pa": "pennsylvania",
    "ri": "rhode island",
    "sc": "south carolina",
    "sd": "south dakota",
    "tenn": "tennessee",
    "tex": "texas",
    "va": "virginia",
    "vt": "vermont",
    "wis": "wisconsin",
    "wyo": "wyoming",
}


def _place_words() -> frozenset[str]:
    from claimcheck.checks.names_lexicon import KNOWN_DISTINCT_NAMES

    not_places = (
        _MONTHS
        | _WEEKDAYS
        | _words(
            """
        christian christians muslim muslims jewish jew jews catholic protestant orthodox sunni
        shia shiite hindu buddhist democrat democrats democratic republican republicans
        conservative labour labor liberal senate congress parliament federal reserve
        """
        )
    )
    return frozenset(KNOWN_DISTINCT_NAMES - not_places)


_PLACE_KEYS = (
    frozenset(_ALIASES.values()) | frozenset(_STATE_ABBREVIATIONS.values()) | _place_words()
)

_WORD = compile_pattern(r"[A-Za-z][A-Za-z0-9&'’.\-]*")
_CONNECTORS = frozenset({"of", "de", "&", "du", "van", "von", "la", "le"})
# The capital first, then what stands before it: the engine skips to capitals, where the
# look-behind first would be tried at every character of the article.
_MID_SENTENCE_CAPITAL = compile_pattern(r"[A-Z](?<=[a-z0-9,;)]\s[A-Z])[A-Za-z&'’-]+")


def _is_capitalized(word: str) -> bool:
    return word[0].isupper()


_APOSTROPHE = compile_pattern(r"'s\b|'")


_ROLE_WORDS = _words("financier investor raider speculator arbitrager arbitrageur")


def normalize_name(words: list[str]) -> list[str]:
    """Keys of a capitalized run: "U.S. Agriculture Department" -> ["us", "agriculture
    department"], "Standard Oil Co." -> ["standard oil"], "Japanese" -> ["japan"]."""
    # "Dallas-based GLI Holdings": where a company is based describes it, is no part of its name.
    based = [index for index, word in enumerate(words) if word.lower().endswith("-based")]
    if based and based[-1] < len(words) - 1:
        words = words[based[-1] + 1 :]
    # "Financier Carl Ostmark", "Investor Ada Brenner": a role written before a person's
    # names is no part of them (a company's name, "Investor Holdings Inc", stays whole).
    person = len(words) >= 3 and words[-1].lower().strip(".") not in _COMPANY_SUFFIXES
    if person and words[0].lower() in _ROLE_WORDS and words[1][:1].isupper():
        words = words[1:]
    text = " ".join(words).lower().replace("’", "'")
    if "'" in text:
        text = _APOSTROPHE.sub("", text)
    text = text.replace(".", "").replace("-", " ")
    parts = [part for part in text.split() if part]
    legal_form = False
    while len(parts) > 1 and parts[-1] in _COMPANY_SUFFIXES:
        parts.pop()
        legal_form = True
        if len(parts) > 1 and parts[-1] == "and":
            parts.pop()  # "Harlan and Co Inc": the partners' name is the firm's key
    key = " ".join(parts)
    if key in _ALIASES:
        return [_ALIASES[key]]
    if key in _STATE_ABBREVIATIONS:
        return [_STATE_ABBREVIATIONS[key]]  # "Fla.", "N.J."
    if legal_form and "'" not in text:
        # "Canada Malting Co Ltd", "Australia Wide Industries Ltd": a place opening a name
        # with its legal form is part of the company's name (its key is never "malting").
        return [key]
    # A place opening a longer name is the place plus the rest ("U.S. Agriculture Department").
    for size in (2, 1):
        head = " ".join(parts[:size])
        place = _ALIASES.get(head, head if head in _PLACE_KEYS else None)
        if place and len(parts) > size:
            rest = " ".join(parts[size:])
            if legal_form and place != head and len(parts) == size + 1:
                # "British Petroleum Co", "American Express Co": a nation's adjective and one
                # word before a legal form name a company, not that nation's petroleum.
                return [key]
            return [place, _ALIASES.get(rest, rest)]
    return [key] if key else []


def article_names(text: str) -> frozenset[str]:
    """Words the article capitalizes inside sentences: the names a sentence may open with."""
    return frozenset(word.lower() for word in _MID_SENTENCE_CAPITAL.findall(text))


def sentence_names(
    sentence: str, known_names: frozenset[str] | None = None
) -> list[tuple[str, int, int]]:
    """(key, start, end) of each name in a sentence: capitalized word runs, generic openers and
    months dropped, currency adjectives ("Swiss francs") skipped. A lone capitalized word opening
    the sentence counts only when it is a place or the article capitalizes it elsewhere."""
    words = _sentence_words(sentence)
    runs = _NameRuns(known_names)
    for index, (word, broken, start, end) in enumerate(words):
        if broken and runs.run:
            runs.close(word)
        if not word:
            continue
        if not word[0].isupper() and runs.content_seen and not runs.run:
            continue  # a lower-case word between names: nothing to open or close
        lower = word.lower().replace(".", "")
        if runs.run and word[0].isupper() and _ends_legal_form(runs.run[-1], sentence, lower):
            runs.close(word)  # "an offer from Harlan Corp. Tessaly also agreed": two names
        if runs.takes(word, lower) or _currency_opens_company(words, index, lower):
            runs.add(word, start, end)
        elif runs.run and _connects(runs.run, words, index, lower):
            runs.run.append((word, start, end))  # "Bank of Japan", "Bank and Trust Co"
        else:
            if runs.run:
                runs.close(word)
            if lower not in _LEADING_WORDS:
                runs.content_seen = True
    if runs.run:
        runs.close("")
    return [name for name in runs.names if not _numbered_part(name, sentence)]


# "and" inside a company's name: "Bank and Trust Co", "Gas and Electric Co", "Savings and
# Loan Association": a trade word and the legal form after it.
_TRADE_AFTER_AND = _words("trust loan savings power light electric gas telephone telegraph")
_FIRM_ENDINGS = _COMPANY_SUFFIXES | _words("association bank")
# The legal form of a firm named after its partners, written after "and".
_PARTNERS_FORMS = _words("co company cos")
# Words an "of" stays inside a name after, even before a possessive: "the Department of
# Agriculture's", "Bank of Boston's".
_OF_INSIDE_WORDS = _words(
    """
    department ministry bank university board bureau office institute association council
    commission committee federation chamber union society church court college league
    secretary minister government state republic kingdom
    """
)


def _connects(
    run: list[tuple[str, int, int]], words: list[tuple[str, bool, int, int]], index: int, lower: str
) -> bool:
    """Whether a lower-case word between capitals stays inside the name: "of" of "Bank of
    Japan", "and" of "Bank and Trust Co"; not the "of" of "a sale to Comsat of Holiday's
    interest" (a possessive that is no place after a word that is no institution's)."""
    if not _capital_follows(words, index):
        return False
    following = words[index + 1][0]
    if lower == "and":
        # "Harlan and Co Inc", "Brenner and Company": the partners' firm, one name
        if following.lower().rstrip(".") in _PARTNERS_FORMS:
            return True
        after = words[index + 2][0].lower() if index + 2 < len(words) else ""
        return following.lower() in _TRADE_AFTER_AND and after in _FIRM_ENDINGS
    if lower not in _CONNECTORS:
        return False
    if lower == "of" and following.endswith(("'s", "’s")):
        owner = normalize_name([following])
        place = bool(owner) and owner[0] in _PLACE_KEYS
        return place or run[-1][0].lower() in _OF_INSIDE_WORDS
    return True


# A numbered part of a plant or a site ("Unit One of the ... Power Plant", "Block 2"): no name.
_PART_WORDS = _words("unit units block blocks reactor reactors phase train line tower")
_NUMBERED = compile_pattern(r"\s+(?:no\.?\s*)?(?:\d+|one|two|three|four|five|six|[ivx]+)\b", re.I)


def _numbered_part(name: tuple[str, int, int], sentence: str) -> bool:
    key, _, end = name
    return key in _PART_WORDS and _NUMBERED.match(sentence, end) is not None


_WORD_AND_GAP = compile_pattern(r"([^A-Za-z]*)([A-Za-z][A-Za-z0-9&'’.\-]*)")


def _sentence_words(sentence: str) -> list[tuple[str, bool, int, int]]:
    """(word, broken, start, end) of each word; `broken` when punctuation comes before it."""
    words: list[tuple[str, bool, int, int]] = []
    # The matches follow each other from the sentence's start (a gap takes everything up to
    # the next letter), so each word's start is the lengths read before it.
    position = 0
    for gap, raw in _WORD_AND_GAP.findall(sentence):
        start = position + len(gap)
        position = start + len(raw)
        # Punctuation between two words ("In Tokyo, Bank of Japan") ends a name.
        broken = bool(gap) and not gap.isspace()
        word = raw.rstrip(".'’-")
        words.append((word, broken, start, start + len(word)))
    return words


# A monetary aggregate ("M-1", "M-3", "M1b"), alone or after a place ("U.S. M-1"): a measure,
# never whose figure it is.
_AGGREGATE = compile_pattern(r"(?:^|\s)m\s?[0-4][ab]?$")
# Abbreviated legal forms: written with a full stop, they end a name ("Harlan Corp.").
_ABBREVIATED_FORMS = _words("co cos corp inc ltd plc llc")


def _ends_legal_form(last: tuple[str, int, int], sentence: str, lower: str) -> bool:
    """Whether the run's last word is an abbreviated legal form with its full stop, and the
    next word is no other legal form ("Corp. Inc."): a sentence the splitter did not end
    there, or a list of companies, starts another name."""
    word, _, end = last
    return (
        word.lower() in _ABBREVIATED_FORMS
        and sentence[end : end + 1] == "."
        and lower not in _COMPANY_SUFFIXES
    )


def _currency_opens_company(
    words: list[tuple[str, bool, int, int]], index: int, lower: str
) -> bool:
    """Whether a capitalized currency word opens a company's name: "Mark IV Industries Inc",
    "Dollar General Corp" (capitalized words, unbroken, up to a legal form). A currency word is
    otherwise no part of a name ("Swiss francs", "the Mark rose")."""
    if lower not in _CURRENCY_WORDS or not words[index][0][:1].isupper():
        return False
    for following, broken, _, _ in words[index + 1 : index + 5]:
        if broken or not following or not _is_capitalized(following):
            return False
        if following.lower().replace(".", "") in _COMPANY_SUFFIXES:
            return True
    return False


def _capital_follows(words: list[tuple[str, bool, int, int]], index: int) -> bool:
    """Whether a capitalized word follows word `index` with no punctuation between."""
    if index + 1 >= len(words):
        return False
    following, broken = words[index + 1][:2]
    return bool(following) and not broken and _is_capitalized(following)


class _NameRuns:
    """The runs of capitalized words in one sentence, each closed into name keys."""

    def __init__(self, known_names: frozenset[str] | None) -> None:
        self.known_names = known_names
        self.names: list[tuple[str, int, int]] = []
        self.run: list[tuple[str, int, int]] = []
        self.run_opens_sentence = False
        self.content_seen = False

    def takes(self, word: str, lower: str) -> bool:
        """Whether the word starts or continues a name."""
        name_word = lower not in _BREAK_WORDS and lower not in _CURRENCY_WORDS
        return (
            _is_capitalized(word) and name_word and (bool(self.run) or lower not in _LEADING_WORDS)
        )

    def add(self, word: str, start: int, end: int) -> None:
        if not self.run:
            self.run_opens_sentence = not self.content_seen
        self.run.append((word, start, end))
        self.content_seen = True

    def close(self, next_word: str) -> None:
        run = self.run
        # A run ends on a name, not on a connector or an opener ("BankAmerica Corp In").
        while run and (run[-1][0].lower() in _CONNECTORS or run[-1][0].lower() in _LEADING_WORDS):
            run.pop()
        if run and next_word.lower() not in _CURRENCY_WORDS:
            self.names.extend(
                (key, run[0][1], run[-1][2])
                for key in self._keys()
                if key not in _GENERIC and len(key) > 1
            )
        run.clear()

    def _keys(self) -> list[str]:
        keys = normalize_name([word for word, _, _ in self.run])
        if any(_AGGREGATE.search(key) for key in keys):
            # "Velmora's M-1", "M-3": the aggregate is the measure, the rest whose it is
            keys = [_AGGREGATE.sub("", key) for key in keys]
            keys = [key for key in keys if key]
        lone = self.run[0][0]
        # "Ruritania's" opening a sentence is a name; "Exports" or "Shipments" is not.
        possessive = lone.endswith(("'s", "’s"))
        unknown = self.known_names is None or lone.lower() not in self.known_names
        lone_opener = self.run_opens_sentence and len(self.run) == 1 and keys
        if lone_opener and keys[0] not in _PLACE_KEYS and not possessive and unknown:
            return []
        return keys


def is_place(key: str) -> bool:
    return key in _PLACE_KEYS


def is_specific(key: str) -> bool:
    """A name that says who: not a place, not an institution every country has."""
    return not is_place(key) and not all(word in _INSTITUTION_WORDS for word in key.split())


_TITLE_WORD = compile_pattern(r"[A-Za-z][A-Za-z.'’]*")
_TICKER = compile_pattern(r"<[^<>\s]{1,12}>")


def title_places(title: str) -> list[str]:
    """Place keys named in a headline, in order, whatever its case ("U.S. FACTORY ORDERS ROSE",
    "Quake kills 40 in Ruritania"): wire headlines are upper case, so names are looked up."""
    # "UNION CARBIDE <UK> SAYS ...": a ticker in angle brackets names no place.
    words = [
        match.group(0).lower().replace(".", "").replace("’", "'").removesuffix("'s")
        for match in _TITLE_WORD.finditer(_TICKER.sub(" ", title) if "<" in title else title)
    ]
    found: list[str] = []
    index = 0
    while index < len(words):
        pair = " ".join(words[index : index + 2])
        if index + 1 < len(words) and (pair in _ALIASES or pair in _PLACE_KEYS):
            found.append(_ALIASES.get(pair, pair))
            index += 2
            continue
        word = words[index]
        if word in _ALIASES or word in _PLACE_KEYS:
            found.append(_ALIASES.get(word, word))
        index += 1
    return list(dict.fromkeys(found))


def place_key(word: str) -> str | None:
    """The place key of a word or phrase ("Belgian" -> "belgium"), None when it names none."""
    lower = word.lower().replace(".", "").replace("’", "'").removesuffix("'s")
    if lower in _ALIASES:
        return _ALIASES[lower]
    return lower if lower in _PLACE_KEYS else None


# Countries and regions: a place this broad does not tell two incidents apart.
_COUNTRIES = word_set(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burma burundi cambodia cameroon canada chad chile china
    colombia congo croatia cuba cyprus czechoslovakia denmark djibouti dominica ecuador egypt
    eritrea estonia ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan jordan kazakhstan kenya korea kuwait kyrgyzstan laos
    latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
    malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia morocco
    mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan
    panama paraguay peru philippines poland portugal qatar romania russia rwanda senegal
    serbia seychelles singapore slovakia slovenia somalia spain sudan suriname swaziland
    sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
    turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen yugoslavia zaire
    zambia zimbabwe us uk europe asia africa america opec world
    """
) | frozenset(
    [
        "soviet union",
        "west germany",
        "east germany",
        "south africa",
        "south korea",
        "north korea",
        "new zealand",
        "saudi arabia",
        "ivory coast",
        "sri lanka",
        "hong kong",
        "costa rica",
        "el salvador",
        "united arab emirates",
        "latin america",
        "north america",
        "south america",
        "middle east",
        "european community",
        "united states",
        "united kingdom",
        "britain",
        "great britain",
    ]
)


def is_country(key: str) -> bool:
    """A country or a region, or its adjective ("South African", "Kenyan", "Iraqi"): too
    broad a place to tell two incidents apart."""
    key = _ALIASES.get(key, key)
    return key in _COUNTRIES or key[:-1] in _COUNTRIES or key[:-3] in _COUNTRIES


@cache
def _territory_countries() -> dict[str, str]:
    """ISO 3166 territory -> the country key the ledger gives it ("NO" -> "norway")."""
    found: dict[str, str] = {}
    for name, territory in PLACE_TERRITORIES.items():
        key = place_key(name.lower())
        if key is not None and key in _COUNTRIES:
            found.setdefault(territory, key)
    return found


def country_of_city(key: str) -> str | None:
    """The country of a city a wire story is filed from ("oslo" -> "norway", "bonn" ->
    "germany"), None for a country itself or a place the dateline tables do not know."""
    if key in _COUNTRIES:
        return None
    territory = dateline_territory(key)
    return _territory_countries().get(territory) if territory else None


# Territories whose country was another before a year: the dateline tables give today's
# ("BELGRADE" -> Serbia), a story of 1987 was filed from Yugoslavia; None for those years
# when the earlier country's name is not one key. Bonn is Germany's in every year: West
# Germany and Germany are one key.
_FORMED = {
    **dict.fromkeys(("HR", "SI", "MK", "BA", "RU", "UA", "BY", "EE", "LV", "LT"), (1992, None)),
    **dict.fromkeys(("GE", "AM", "AZ", "MD", "KZ", "UZ", "TJ", "TM", "KG"), (1992, None)),
    **dict.fromkeys(("CZ", "SK", "ER"), (1993, None)),
    **dict.fromkeys(("RS", "ME"), (2006, None)),
}


def country_of_dateline(dateline: str, year: int | None = None) -> str | None:
    """The country a wire story's dateline places it in ("OSLO, March 4" -> "norway"), in the
    year the story was written."""
    territory = dateline_territory(dateline) if dateline else None
    if territory is None:
        return None
    formed = _FORMED.get(territory)
    if formed is not None and year is not None and year < formed[0]:
        return formed[1]
    return _territory_countries().get(territory)
