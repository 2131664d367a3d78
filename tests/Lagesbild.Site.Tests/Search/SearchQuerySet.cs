namespace Lagesbild.Site.Tests.Search;

/// <summary>The query set the index is measured with (recall@5), one group per promise of issue 3.</summary>
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
    ];
}
