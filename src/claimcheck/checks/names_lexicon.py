"""Word lists for CC107: real names that look alike, titles, and capitalized common words."""

from __future__ import annotations

from claimcheck.extract.lexicon import MONTHS, WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in text.split())


# Places, peoples, months and days: two of these that look alike are different words
# (Austria/Australia, Iran/Iraq, Slovakia/Slovenia), never one name spelled two ways.
KNOWN_DISTINCT_NAMES = (
    _words(
        """
    Afghanistan Afghan Albania Albanian Algeria Algerian Andorra Angola Angolan Argentina
    Argentine Argentinian Armenia Armenian Australia Australian Austria Austrian Azerbaijan
    Azerbaijani Bahamas Bahrain Bahraini Bangladesh Bangladeshi Barbados Belarus Belarusian
    Brasil Australasia Australasian
    Belgium Belgian Belize Benin Bhutan Bolivia Bolivian Bosnia Bosnian Botswana Brazil
    Brazilian Britain British Brunei Bulgaria Bulgarian Burkina Burma Burmese Burundi Cambodia
    Cambodian Cameroon Canada Canadian Chad Chadian Chile Chilean China Chinese Colombia
    Colombian Columbia Comoros Congo Congolese Croatia Croatian Cuba Cuban Cyprus Cypriot Czech
    Czechia Denmark Danish Dane Djibouti Dominica Dominican Ecuador Egypt Egyptian Eritrea
    Estonia Estonian Eswatini Ethiopia Ethiopian Fiji Finland Finnish France French Gabon
    Gambia Gambian Georgia Georgian Germany German Ghana Ghanaian Greece Greek Grenada
    Guatemala Guinea Guyana Haiti Haitian Honduras Hungary Hungarian Iceland Icelandic India
    Indian Indonesia Indonesian Iran Iranian Iraq Iraqi Ireland Irish Israel Israeli Italy
    Italian Jamaica Jamaican Japan Japanese Jordan Jordanian Kazakhstan Kazakh Kenya Kenyan
    Korea Korean Kosovo Kuwait Kuwaiti Kyrgyzstan Laos Latvia Latvian Lebanon Lebanese Lesotho
    Liberia Liberian Libya Libyan Lithuania Lithuanian Luxembourg Madagascar Malawi Malaysia
    Malaysian Maldives Mali Malian Malta Maltese Mauritania Mauritius Mexico Mexican Moldova
    Moldovan Monaco Mongolia Mongolian Montenegro Morocco Moroccan Mozambique Myanmar Namibia
    Nepal Nepali Netherlands Dutch Nicaragua Niger Nigerien Nigeria Nigerian Norway Norwegian
    Oman Omani Pakistan Pakistani Palestine Palestinian Panama Paraguay Peru Peruvian
    Philippines Philippine Filipino Poland Polish Portugal Portuguese Qatar Qatari Romania
    Romanian Rumania Russia Russian Rwanda Rwandan Samoa Senegal Serbia Serbian Seychelles
    Singapore Slovakia Slovak Slovakian Slovenia Slovene Slovenian Somalia Somali Spain
    Spanish Sudan Sudanese Sedan Suriname Sweden Swedish Swede Switzerland Swiss Syria Syrian
    Taiwan Taiwanese Tajikistan Tanzania Thailand Thai Togo Tonga Tunisia Tunisian Turkey
    Turkish Turkmenistan Uganda Ugandan Ukraine Ukrainian Uruguay Uzbekistan Uzbek Vanuatu
    Vatican Venezuela Venezuelan Vietnam Vietnamese Yemen Yemeni Zambia Zambian Zimbabwe
    Europe European Asia Asian Africa African America American Arab Arabia Arabian Persia
    Persian Kurd Kurdish Baltic Balkan Balkans Caribbean Atlantic Pacific Arctic Antarctic
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Rhode Carolina Dakota Tennessee Texas Utah Vermont Virginia Washington
    Wisconsin Wyoming Austin Boston Dallas Denver Houston Detroit Chicago Atlanta Phoenix
    London Paris Berlin Moscow Minsk Kyiv Kiev Tokyo Beijing Bonn Brussels Geneva Vienna
    Madrid Rome Milan Lisbon Athens Ankara Cairo Tehran Baghdad Riyadh Dubai Delhi Mumbai
    Brasilia Canberra Wellington Pretoria Ankara Islamabad Colombo Dhaka Rangoon Yangon Hanoi
    Asean Shanxi Shaanxi Guangdong Guangxi Hubei Hunan Hebei Henan Jiangsu Jiangxi Sichuan
    Bombay Lagos Nairobi Sydney Toronto Ottawa Montreal Quebec Manila Jakarta Seoul Taipei
    Bangkok Hanoi Saigon Lima Quito Bogota Caracas Havana Santiago Oslo Stockholm Helsinki
    Copenhagen Warsaw Prague Budapest Bucharest Sofia Belgrade Zagreb Kabul Karachi Lahore
    Christian Christians Muslim Muslims Jewish Jew Jews Catholic Protestant Orthodox Sunni Shia
    Shiite Hindu Buddhist Democrat Democrats Democratic Republican Republicans Conservative
    Labour Labor Liberal Senate Congress Parliament Federal Reserve
    """
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)

# Words written before a name that are not a first name.
TITLES = _words(
    """
    Mr Mrs Ms Miss Dr Prof Professor President Presidents Prime Minister Ministers Gen General
    Sen Senator Rep Representative Gov Governor King Queen Prince Princess Pope Judge Justice
    Chancellor Secretary Chairman Chairwoman Chair Director Lt Col Capt Captain Sgt Sergeant
    Adm Admiral Rev Reverend Sir Dame Lord Lady Saint St Mayor Leader Commander Ambassador
    Premier Sheikh Emir Crown Vice Deputy Chief Officer Coach Analyst Spokesman Spokeswoman
    Speaker Marshal Major Colonel Lieutenant Father Sister Brother Bishop Cardinal Rabbi Imam
    Dean Detective Inspector Constable Superintendent Agent Attorney Counsel Economist Founder
    Executive Manager Head Editor Reporter Correspondent Author Host Anchor Minister
    """
)

# Capitalized words that are ordinary English, not names, even when capitalized mid-sentence
# (titles, headings, sentence starts after a colon or quotation mark).
COMMON_CAPITALIZED = _words(
    """
    The This That These Those There Their They Then Than Them Thus Though Through Today
    Tomorrow Yesterday Tonight When Where Which While Whether What Who Whom Whose Why How
    However Here Hers Heres After Again Against Also Although Among Another Because Before
    Being Below Between Both Could Despite Does During Each Either Every First Second Third
    Fourth Fifth Last Later Latest Many More Most Much Must Neither Never Next None Nothing
    Often Other Others Over Perhaps Since Some Still Such Under Unless Until Upon Very Were
    What Would Should Shall Might Into About Above Across Along Already Always Around Away
    Back Best Better Early Even Ever First Former Further Half Just Late Less Little Long
    Meanwhile Moreover Nearly Never Nevertheless Only Overall Rather Recently Several Soon
    Together Total Toward Towards Within Without Yet Your Yours Ours Said Says Sign Related
    Read Watch Listen Update Updated Editing Reporting Writing Additional Source Sources Photo
    Photos Video Videos Image Images Story News Report Reports Statement Press Release Notes
    Note Table Chart Figure Page Section Chapter Part Volume Issue Edition Index Group Groups
    Company Companies Corporation Bank Banks Board Council Committee Commission Department
    Ministry Agency Office Service Services International National Central United States
    State Union Republic Kingdom Federation Association Institute University College School
    North South East West Northern Southern Eastern Western New Old Great Greater Upper Lower
    Inc Corp Ltd Co Plc Group Holdings Industries Partners Capital Securities Trust Fund Funds
    Systems Technologies Energy Oil Gas Petroleum Resources Mining Motors Airlines Airways
    Street Avenue Road River Lake Island Islands Mountain Mountains Bay Gulf Sea Ocean Coast
    City County Province Region District Park Square Hall Center Centre Tower House Palace
    Court Supreme High Low Prices Price Market Markets Trade Trading Exchange Stock Stocks
    """
)

# Words that follow a name to make the full name of a firm, a body or a place ("Trelawny
# Holdings", "Clare College", "Upton Park"): a name written with one is introduced in full.
ORGANIZATION_WORDS = _words(
    """
    Inc Corp Ltd Co Plc Group Holdings Industries Partners Capital Securities Trust Fund
    Funds Systems Technologies Energy Oil Gas Petroleum Resources Mining Motors Airlines
    Airways Bank Company Corporation Association Institute University College School
    Council Committee Commission Department Ministry Agency Office Service Services Street
    Avenue Road River Lake Island Islands Mountain Mountains Bay Gulf Sea Ocean Coast City
    County Province Region District Park Square Hall Center Centre Tower House Palace Court
    Club United Stadium Foundation Hospital Airport Station Bridge Harbour Port Valley
    Castle Abbey Cathedral Church Chapel Theatre Gallery Museum Library Prison Barracks
    Construction Engineering Shipping Logistics Foods Brewery Brewing Distillery Textiles
    Chemicals Pharmaceuticals Electronics Insurance Properties Investments Ventures Media
    Publishing Press Cooperative Federation Union Society Orchestra Philharmonic
    Conservatory Academy Polytechnic Municipality Borough Township Village Town Rovers
    Athletic Wanderers Albion Estate Farms Mill Mills Works Foundry Laboratories Studios
    Records Network Networks Telecom Software Solutions Steel Cement Power Utilities
    Railway Railways Shipyard Quarry Hotel Hotels Stores Trading Exchange Clinic Cinema
    Observatory Reservoir Canal Forest Heath Moor Marsh Beach Peninsula Estuary
    """
)
