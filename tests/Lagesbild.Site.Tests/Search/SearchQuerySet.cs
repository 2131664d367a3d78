namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// The query set the index is measured with (recall@5): one group per promise of issue 3, then
/// the words staff use (issue 12): synonyms, abbreviations, English, compounds the report splits
/// differently, two typos, misspellings only the correction finds, questions, numbers as typed.
/// </summary>
public static class SearchQuerySet
{
    private const string Fraud = "brottsligheten/#bedrageribrott-mot-aldre-funktionsnedsatta";
    private const string FraudTable = "brottsligheten/#tabell-bedrageri-mot-aldre";
    private const string Burglary = "brottsligheten/#inbrott-i-bostad";
    private const string BurglaryTable = "brottsligheten/#tabell-inbrott-i-bostad";
    private const string Drugs = "brottsligheten/#narkotikabrottsligheten";
    private const string DrugsTable = "brottsligheten/#tabell-narkotikabrott";
    private const string DrugScene = "prioriterade-samverkansomraden/#oppen-drogscen";
    private const string DrugSceneArea = "stadsdelsomradet/#oppen-drogscen";
    private const string AlvsjoSolberga = "prioriterade-samverkansomraden/#platssamverkan-alvsjo-solberga";
    private const string AlvsjoSolbergaPolice = "lokalpolisomradet/#platssamverkan-alvsjo-solberga";
    private const string Fruangen = "prioriterade-samverkansomraden/#platssamverkan-fruangen-vastertorp-hagerstensasen";
    private const string Extremism = "valdsbejakande-extremism/";
    private const string SchoolIndex = "skolor/#tabell-socioekonomiskt-index";
    private const string PerDistrict = "socialtjanstrapporten/#tabell-anmalningar-per-stadsdelsnamnd";
    private const string CloseRelation = "brottsligheten/#vald-i-nara-relation";
    private const string CloseRelationTable = "brottsligheten/#tabell-vald-i-nara-relation";
    private const string SchoolAbsence = "skolor/#franvaro";
    private const string SchoolAbsenceTable = "skolor/#tabell-franvaro";

    public static IReadOnlyList<SearchQueryCase> All { get; } =
    [
        new("inflection", "bedrägerier", [Fraud, FraudTable]),
        new("inflection", "skolorna", ["skolor/#franvaro", "skolor/#utbildning", "skolor/#trygghet-i-skolan"]),
        new("inflection", "ungdomarna", ["prioriterade-samverkansomraden/#unga-i-riskzon-for-destruktivt-beteende", "tryggheten/#stockholms-stads-trygghetsmatning-2023"]),
        new("inflection", "brotten", ["brottsligheten/#anmalda-brott-brottsforebyggande-radet", "brottsligheten/#tabell-anmalda-brott"]),
        new("inflection", "medborgarlöftet", ["lokalpolisomradet/#medborgarloften"]),
        new("inflection", "trygghetsmätningen", ["tryggheten/#stockholms-stads-trygghetsmatning-2023", "brottsligheten/#stockholm-stads-trygghetsmatning-2023",
            "tryggheten/#polisregion-stockholm-trygghetsmatning-2024"]),
        new("compound part", "inbrott", [Burglary, BurglaryTable]),
        new("compound part", "drog", [DrugScene, DrugSceneArea]),
        new("compound part", "narkotika", [Drugs, DrugsTable]),
        new("compound part", "scen", [DrugScene, DrugSceneArea]),
        new("compound part", "rån", ["brottsligheten/#personran", "brottsligheten/#tabell-personran"]),
        new("compound part", "vandring", ["lokalpolisomradet/#trygghetsvandringar", "lokalpolisomradet/#trygghetsvandringar-2"]),
        new("without å ä ö", "alvsjo", [AlvsjoSolberga, AlvsjoSolbergaPolice]),
        new("without å ä ö", "fruangen", [Fruangen, "lokalpolisomradet/#platssamverkan-liljeholmen-f-v-h-fruangen-vastertorp-hagerstensasen"]),
        new("without å ä ö", "valdsbejakande", [Extremism, "valdsbejakande-extremism/#analys"]),
        new("without å ä ö", "skarholmen", ["lokalpolisomradet/#lokalpolisomrade-skarholmens-medborgarloften-for-2024", "lokalpolisomradet/#situationen-idag-2"]),
        new("without å ä ö", "oppen drogscen", [DrugScene, DrugSceneArea], AllWordsFirst: true),
        new("one typo", "narkotka", [Drugs, DrugScene, DrugsTable]),
        new("one typo", "Solbergskolan", [SchoolIndex]),
        new("one typo", "trygghetsvandrngar", ["lokalpolisomradet/#trygghetsvandringar", "lokalpolisomradet/#trygghetsvandringar-2"]),
        new("one typo", "personrna", ["brottsligheten/#personran", "brottsligheten/#tabell-personran"]),
        new("table content", "Solbergaskolan", [SchoolIndex]),
        new("table content", "Kämpetorpsskolan", [SchoolIndex]),
        new("table content", "Skarpnäck", [PerDistrict, "socialtjanstrapporten/#tabell-anmalningar-egna-svarigheter"]),
        new("table content", "Järva", [PerDistrict, "socialtjanstrapporten/#tabell-anmalningar-egna-svarigheter"]),
        new("table content", "1 047", [DrugsTable, Drugs]),
        new("table content", "1047", [DrugsTable, Drugs]),
        new("table content", "230", [SchoolIndex]),
        new("table content", "24 763", [PerDistrict]),
        new("phrase", "inbrott i bostad", [Burglary, BurglaryTable], AllWordsFirst: true),
        new("phrase", "våld i nära relation", [CloseRelation, CloseRelationTable], AllWordsFirst: true),
        new("phrase", "öppen drogscen", [DrugScene, DrugSceneArea], AllWordsFirst: true),
        new("phrase", "platssamverkan älvsjö solberga", [AlvsjoSolberga, AlvsjoSolbergaPolice], AllWordsFirst: true),
        new("phrase", "socioekonomiskt index", ["skolor/#socioekonomiskt-index", SchoolIndex], AllWordsFirst: true),
        new("phrase", "bedrägeri äldre", [Fraud, FraudTable], AllWordsFirst: true),
        new("synonym", "knark", [Drugs, DrugsTable, DrugScene]),
        new("synonym", "droghandel", ["prioriterade-samverkansomraden/#otrygga-och-brottsutsatta-platser", "tryggheten/#stockholms-stads-trygghetsmatning-2023"]),
        new("synonym", "skolk", [SchoolAbsence, SchoolAbsenceTable]),
        new("synonym", "graffiti", ["valdsbejakande-extremism/", "valdsbejakande-extremism/#analys"]),
        new("synonym", "ungdomsrånen", ["brottsligheten/#personran", "brottsligheten/#tabell-personran"]),
        new("abbreviation", "BRÅ", ["brottsligheten/#anmalda-brott-brottsforebyggande-radet", "brottsligheten/#tabell-anmalda-brott"]),
        new("abbreviation", "IFO", ["individ-och-familjeomsorg/"]),
        new("abbreviation", "soc", ["socialtjanstrapporten/"]),
        new("english", "domestic violence", [CloseRelation, CloseRelationTable]),
        new("english", "drugs", [Drugs, DrugsTable, DrugScene]),
        new("compound split", "elevfrånvaro", [SchoolAbsence, SchoolAbsenceTable]),
        new("compound split", "polisinsatser", ["lokalpolisomradet/#insatser-for-att-oka-tryggheten"]),
        new("compound split", "skolpersonal", ["skolor/#trygghet-i-skolan"]),
        new("two typos", "trygghetsvandrngr", ["lokalpolisomradet/#trygghetsvandringar", "lokalpolisomradet/#trygghetsvandringar-2"]),
        new("two typos", "narkotkaa", [Drugs, DrugScene, DrugsTable]),
        new("two typos", "Kämpetrpskolan", [SchoolIndex]),
        new("corrected", "kloterr", ["valdsbejakande-extremism/", "valdsbejakande-extremism/#analys"]),
        new("corrected", "skoolorna", ["skolor/#franvaro", "skolor/#utbildning", "skolor/#trygghet-i-skolan"]),
        new("question", "hur många anmälningar finns det i Järva", [PerDistrict, "socialtjanstrapporten/#tabell-anmalningar-egna-svarigheter"], AllWordsFirst: true),
        new("question", "var finns öppen drogscen?", [DrugScene, DrugSceneArea], AllWordsFirst: true),
        new("question", "vad är socioekonomiskt index", ["skolor/#socioekonomiskt-index", SchoolIndex], AllWordsFirst: true),
        new("question", "Hur många elever är trygga i skolan?", ["skolor/#trygghet-i-skolan"], AllWordsFirst: true),
        new("number", "24763", [PerDistrict]),
        new("number", "246,5", ["skolor/#tabell-resultat-ak9"]),
        new("number", "246.5", ["skolor/#tabell-resultat-ak9"]),
        new("number", "67,7%", ["stadsdelsomradet/#utbildning-arbete-och-ekonomi"]),
        new("number", "67.7 %", ["stadsdelsomradet/#utbildning-arbete-och-ekonomi"]),
    ];
}
