/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The tables of the demo register, included by ber-demo.c alone: they are
 * data, kept apart from the code that walks them.
 */

/*
 * Demo data for a new register: a Swedish region's international secretariat,
 * drawn from the source papers (seeds 000–004). The tables below are the data;
 * the functions after them only walk the tables and insert rows.
 *
 * A date in the tables is text: "YYYY-MM-DD" for a fixed day in history,
 * "T0" and "T1" for the first and last day of the current term of office, or
 * a signed number of days from the store's today ("-12", "30"), so that the
 * register always has coming meetings, near and overdue deadlines and late
 * reports. NULL means no date.
 */

enum { BODY_NONE, BODY_RF, BODY_RS, BODY_RUN, BODY_IB, BODY_RSAU, N_BODIES };
enum
{
  AREA_NONE, AREA_HEALTH, AREA_REGIONAL, AREA_TRANSPORT, AREA_RESEARCH, AREA_SOCIAL,
  AREA_CULTURE, AREA_COHESION, AREA_BUSINESS, AREA_PUBLIC_HEALTH, AREA_DIGITAL, N_AREAS
};
enum
{
  PER_NONE, PER_ASA, PER_ORJAN, PER_ANGLA, PER_PER_ERIK, PER_MARIA, PER_JONAS, PER_KARIN,
  PER_LARS, PER_BIRGITTA, PER_ERIK, PER_SOFIA, PER_MIKAEL, PER_ELIN, PER_ANDERS, PER_JOHANNA,
  N_PERSONS
};
enum
{
  NET_NONE, NET_AER, NET_CPMR, NET_REVES, NET_EHMA, NET_EUROCHILD, NET_ERRIN, NET_ENSA,
  NET_EARMA, NET_CENTRAL_SWEDEN, NET_SRE, N_NETWORKS
};
enum
{
  NB_NONE, NB_AER_GA, NB_AER_BUREAU, NB_CPMR_GA, NB_CPMR_BALTIC, NB_CPMR_NORTH_SEA,
  NB_CPMR_TRANSPORT, NB_REVES_BOARD, NB_ERRIN_HEALTH, NB_CS_BOARD, N_NETWORK_BODIES
};
enum { Q_NONE, Q_COHESION, Q_HEALTH, Q_TENT, Q_RESEARCH, Q_SOCIAL, Q_SKILLS, N_QUESTIONS };
enum
{
  AS_NONE, AS_ASA_BUREAU, AS_ASA_GA, AS_ORJAN_GA, AS_ORJAN_BID, AS_ANGLA_BALTIC, AS_ANGLA_BID,
  AS_PER_ERIK_GA, AS_MARIA_REVES, AS_MARIA_ENSA, AS_JONAS_EHMA, AS_KARIN_CS, AS_LARS_CS,
  AS_BIRGITTA_COR, AS_ERIK_TRANSPORT, AS_SOFIA_AER, AS_MIKAEL_CPMR, AS_ELIN_ERRIN,
  AS_ANDERS_REVES, N_ASSIGNMENTS
};
enum
{
  EV_NONE, EV_CPMR_GA, EV_AER_GA, EV_CPMR_BALTIC, EV_AER_BUREAU, EV_REVES_BOARD,
  EV_ERRIN_HEALTH, EV_CS_BOARD, EV_AER_BUREAU_NEXT, EV_CPMR_TRANSPORT_NEXT, N_EVENTS
};
/* In date order within each body, so paragraph numbers grow through the year. */
enum
{
  MT_NONE, MT_IB1, MT_IB2, MT_RS1, MT_RUN1, MT_RS2, MT_RUN2, MT_RS3, MT_RSAU1, MT_RS4,
  MT_RUN3, MT_RS5, MT_RUN4, N_MEETINGS
};
enum { REL_UNKNOWN, REL_YES, REL_NO };

typedef struct
{
  const char *name, *short_name, *kind, *established_on, *dissolved_on;
  int deadline_days;
  const char *notes;
} DemoBody;

static const DemoBody bodies[N_BODIES] = {
  [BODY_RF] = { "Regionfullmäktige", "RF", "council", "2017-01-01", NULL, 21,
                "Beslutar om policy, strategisk inriktning och vänortssamarbeten." },
  [BODY_RS] = { "Regionstyrelsen", "RS", "board", "2017-01-01", NULL, 14,
                "Har det övergripande ansvaret för det internationella arbetet och samordnar "
                "de politiska hälso- och sjukvårdsfrågorna." },
  [BODY_RUN] = { "Regionala utvecklingsnämnden", "RUN", "committee", "2019-01-01", NULL, 12,
                 "Ansvarar sedan 2019 för det regionala utvecklingsuppdraget." },
  [BODY_IB] = { "Internationella beredningen", "IB", "preparatory", "2015-06-01", "2021-12-31", 10,
                "Beredde internationella frågor inför beslut i regionstyrelsen och regionala "
                "utvecklingsnämnden och var återföringspunkt för förtroendevalda med "
                "internationella uppdrag. Avvecklad; frågorna bereds nu i det beslutsforum där "
                "sakfrågan hör hemma." },
  [BODY_RSAU] = { "Regionstyrelsens arbetsutskott", "RSAU", "working-committee", "2017-01-01",
                  NULL, 7, "Bereder regionstyrelsens ärenden." },
};

/* Standing points; numbered ones get a paragraph in the minutes. */
static const struct
{
  const char *title, *placement;
  gboolean numbered;
} template_points[] = {
  { "Sammanträdets öppnande", "start", FALSE },
  { "Upprop", "start", FALSE },
  { "Val av justerare samt tid och plats för justering", "start", TRUE },
  { "Fastställande av föredragningslista", "start", TRUE },
  { "Godkännande av föregående protokoll", "start", TRUE },
  { "Övrigt", "end", TRUE },
  { "Sammanträdets avslutande", "end", FALSE },
};

static const char *const areas[N_AREAS] = {
  [AREA_HEALTH] = "Hälso- och sjukvård", [AREA_REGIONAL] = "Regional utveckling",
  [AREA_TRANSPORT] = "Transport och infrastruktur", [AREA_RESEARCH] = "Forskning och innovation",
  [AREA_SOCIAL] = "Social ekonomi", [AREA_CULTURE] = "Kultur",
  [AREA_COHESION] = "Sammanhållningspolitik", [AREA_BUSINESS] = "Näringsliv",
  [AREA_PUBLIC_HEALTH] = "Folkhälsa", [AREA_DIGITAL] = "Digitalisering",
};

static const struct
{
  int body;
  const char *item_type;
  int area;
  const char *reason;
} routing_rules[] = {
  { BODY_RS, NULL, AREA_HEALTH,
    "Regionstyrelsen samordnar de politiska hälso- och sjukvårdsfrågorna." },
  { BODY_RS, NULL, AREA_PUBLIC_HEALTH,
    "Folkhälsa hör till regionstyrelsens plan och samordnas med hälso- och sjukvården." },
  { BODY_RS, NULL, AREA_DIGITAL, "Digitaliseringen leds av regionstyrelsen." },
  { BODY_RUN, NULL, AREA_REGIONAL,
    "Regionala utvecklingsnämnden ansvarar sedan 2019 för det regionala utvecklingsuppdraget." },
  { BODY_RUN, NULL, AREA_TRANSPORT,
    "Transportinfrastruktur och länstransportplanen ingår i nämndens ansvar." },
  { BODY_RUN, NULL, AREA_RESEARCH,
    "Forskning och innovation ingår i den regionala utvecklingsstrategin." },
  { BODY_RUN, NULL, AREA_COHESION,
    "EU:s sammanhållningspolitik och regionalfonden hör till nämndens område." },
  { BODY_RUN, NULL, AREA_BUSINESS, "Näringslivsutveckling ingår i nämndens ansvar." },
  { BODY_RS, "decision", AREA_NONE,
    "Beslut som berör flera nämnders områden fattas av regionstyrelsen; samordning mellan "
    "styrelsen och nämnden faller på ordförandena." },
};

/* An official has a department; an elected representative has a party. */
static const struct
{
  const char *name, *party, *department, *title;
} persons[N_PERSONS] = {
  [PER_ASA] = { "Åsa Lindqvist", "S", NULL, "Regionstyrelsens ordförande" },
  [PER_ORJAN] = { "Örjan Björklund", "M", NULL, "Oppositionsråd" },
  [PER_ANGLA] = { "Ängla Nyström", "C", NULL, "Regionala utvecklingsnämndens ordförande" },
  [PER_PER_ERIK] = { "Per-Erik Holmgren", "S", NULL,
                     "Vice ordförande i regionala utvecklingsnämnden" },
  [PER_MARIA] = { "Maria Öberg", "V", NULL, "Ledamot" },
  [PER_JONAS] = { "Jonas Ek", "KD", NULL, "Ledamot" },
  [PER_KARIN] = { "Karin Åkesson", "L", NULL, "Regionråd" },
  [PER_LARS] = { "Lars Sandström", "MP", NULL, "Ersättare" },
  [PER_BIRGITTA] = { "Birgitta Wiklund", "SD", NULL, "Ledamot" },
  [PER_ERIK] = { "Erik Zetterlund", "S", NULL, "Ledamot" },
  [PER_SOFIA] = { "Sofia Lundberg", NULL, "Utvecklingsavdelningen", "Internationell strateg" },
  [PER_MIKAEL] = { "Mikael Häggström", NULL, "Avdelningen för regional utveckling", "Handläggare" },
  [PER_ELIN] = { "Elin Marklund", NULL, "Digitaliseringsavdelningen", "EU-samordnare" },
  [PER_ANDERS] = { "Anders Öhman", NULL, "Verksamhetsavdelningen", "Handläggare" },
  [PER_JOHANNA] = { "Johanna Strand", NULL, "Utvecklingsavdelningen", "Nämndsekreterare" },
};

typedef struct
{
  const char *name, *acronym, *kind;
  int responsible;
  const char *next_review_on, *website, *scope, *description;
  int goals[5];
} DemoNetwork;

static const DemoNetwork networks[N_NETWORKS] = {
  [NET_AER] = { "Assembly of European Regions", "AER", "political", BODY_RS, "-20",
    "https://aer.eu", "Europa",
    "Europas största nätverk för regioner. Verkar för att säkerställa efterlevnaden av "
    "subsidiaritetsprincipen, stödja regionernas talan gentemot medlemsstaterna och EU:s "
    "institutioner och stärka flernivåstyret inom EU:s samtliga politikområden. Det enda "
    "politiska forum regionen är medlem i som behandlar hälso- och sjukvårdsfrågor. Regionen "
    "är mycket aktiv och har en politisk representant i AER:s politiska byrå.",
    { 3, 10, 16, 17 } },
  [NET_CPMR] = { "Conference of Peripheral Maritime Regions", "CPMR", "political", BODY_RUN, "120",
    "https://cpmr.org", "Perifera och maritima regioner",
    "Samlar främst regioner som är eller känner sig perifera och/eller maritima. Regionen är "
    "främst med för transportfrågor som delas med Oslo- och Göteborgsregionen. Organisationen "
    "är komplex men kan sammanfattas som sex geografiska kommissioner och 15 arbetsgrupper.",
    { 9, 11, 13, 14 } },
  [NET_REVES] = { "European Network of Cities and Regions for the Social Economy", "REVES",
    "influence", BODY_RUN, "200", "https://www.revesnetwork.eu", "Social ekonomi",
    "För talan gentemot EU:s institutioner för att skapa positiva förutsättningar för social "
    "och solidarisk ekonomi, och främjar utbyte mellan medlemmarna för att utveckla social "
    "innovation, egenmakt och en stärkt regional ekonomi. Regionen är grundande medlem, har en "
    "styrelseplats och är aktiv på både tjänsteperson- och politisk nivå. Projektverksamheten "
    "kopplad till nätverket ger ett stort mervärde.",
    { 8, 10 } },
  [NET_EHMA] = { "European Health Management Association", "EHMA", "association", BODY_RS, "-5",
    "https://ehma.org", "Hälso- och sjukvårdens styrning",
    "Har 170 medlemsregioner i 30 länder och syftar till att stärka möjligheterna och kvaliteten "
    "i styrningen av hälso- och sjukvården i Europa. Kombinerar forskning, policy och regional "
    "utveckling; medlemmarna är allt från regioner med ansvar för sjukvård till sjukhus och "
    "universitet. Regionen är medlem men inaktiv.",
    { 3 } },
  [NET_EUROCHILD] = { "Eurochild", "", "influence", BODY_RS, "60", "https://www.eurochild.org",
    "Barns rättigheter",
    "Arbetar med policyfrämjande insatser för barns rättigheter och verkar för förbättrade "
    "levnadsvillkor för barn och unga. Främst ett påverkansnätverk med 135 medlemmar från "
    "35 länder. Regionen är medlem men inaktiv.",
    { 1, 3, 4, 10 } },
  [NET_ERRIN] = { "European Regions Research and Innovation Network", "ERRIN", "research",
    BODY_RUN, "150", "https://errin.eu", "Forskning och innovation",
    "EU-nätverk för regionernas Brysselkontor med 90 medlemmar, inriktat på påverkansarbete "
    "inom forskning och innovation. Regionen är indirekt medlem genom sitt ägarskap i Central "
    "Sweden, som representerar regionen i nätverket. Nätverket prioriteras eftersom länet "
    "profilerar sig som ett innovationslän.",
    { 9, 17 } },
  [NET_ENSA] = { "European Network of Social Authorities", "ENSA", "association", BODY_RS, "-40",
    "https://www.ensa-network.eu", "Sociala frågor",
    "Stödjer internationell samverkan inom det sociala området med prioritet på äldre, "
    "ungdomar, barn, funktionsnedsättning och motverkande av social exkludering. Regionen är "
    "medlem men inaktiv.",
    { 3, 10 } },
  [NET_EARMA] = { "European Association of Research Managers and Administrators", "EARMA",
    "research", BODY_RUN, "90", "https://earma.org", "Forskningsstöd",
    "Stödjer excellent forskning genom utbildning, nätverk och utbyte. Utbildar och stöttar "
    "forskningsrådgivande och forskningsadministrativ personal kring EU-utlysningar, "
    "projektrapportering och ekonomisk hantering av EU-projekt, i åtta kommittéer. Regionen är "
    "inte medlem, men Grants Office och projektkontoret har visat intresse.",
    { 4, 9 } },
  [NET_CENTRAL_SWEDEN] = { "Central Sweden", "", "brussels-office", BODY_RS, "30",
    "https://www.centralsweden.se", "Bryssel",
    "Ideell förening vars medlemmar är Region Dalarna, Region Gävleborg och Region Örebro län. "
    "Regionernas ansikte och antenn mot EU:s institutioner och andra europeiska regioner i "
    "Bryssel. Verksamheten bygger på de årliga beställningarna från medlemmarna; regionens "
    "beställning förankras i nämnderna och beslutas av regionstyrelsen. Fokus på politisk "
    "påverkan och projektstöd.",
    { 8, 9, 17 } },
  [NET_SRE] = { "Stockholmsregionens Europaförening", "", "association", BODY_RUN, "45", "",
    "Stockholmsregionen",
    "Samverkansorgan för EU-frågor i Stockholmsregionen, nämnt i riktlinjerna för Stockholms "
    "läns landstings internationella arbete. Regionen har visat intresse för erfarenhetsutbyte "
    "om EU-program men är inte medlem.",
    { 17 } },
};

static const struct
{
  int network;
  const char *name, *kind;
  int seats;
} network_bodies[N_NETWORK_BODIES] = {
  [NB_AER_GA] = { NET_AER, "Generalförsamlingen", "general-assembly", 2 },
  [NB_AER_BUREAU] = { NET_AER, "Politiska byrån", "board", 1 },
  [NB_CPMR_GA] = { NET_CPMR, "Generalförsamlingen", "general-assembly", 1 },
  [NB_CPMR_BALTIC] = { NET_CPMR, "Östersjökommissionen", "committee", 2 },
  [NB_CPMR_NORTH_SEA] = { NET_CPMR, "Nordsjökommissionen", "committee", 0 },
  [NB_CPMR_TRANSPORT] = { NET_CPMR, "Arbetsgruppen för transport", "working-group", 1 },
  [NB_REVES_BOARD] = { NET_REVES, "Styrelsen", "board", 1 },
  [NB_ERRIN_HEALTH] = { NET_ERRIN, "Arbetsgruppen för hälsa", "working-group", 0 },
  [NB_CS_BOARD] = { NET_CENTRAL_SWEDEN, "Styrelsen", "board", 2 },
};

/*
 * Each network's membership history, oldest row first: the networks of
 * Region Örebro län's annex (seed 004), whose Brussels office is Central
 * Sweden, owned with Dalarna and Gävleborg. Only a member has an activity
 * level; a network the region follows without being a member is
 * "interested", with none.
 */
static const struct
{
  int network;
  const char *status;
  int via;
  const char *from_on, *to_on;
  int body;
  const char *reference, *activity, *notice, *notes;
} memberships[] = {
  { NET_AER, "member", 0, "2010-01-01", "2022-12-31", BODY_RS, "LS 2009/512 § 188", "active",
    "", "" },
  { NET_AER, "member", 0, "2023-01-01", NULL, BODY_RS, "RS 2022/418 § 201", "very-active",
    "Sex månader före kalenderårets slut", "Representant i AER:s politiska byrå." },
  { NET_CPMR, "member", 0, "2012-01-01", NULL, BODY_RS, "LS 2011/388 § 140", "active",
    "Sex månader", "Främst för transportfrågor." },
  { NET_REVES, "member", 0, "1997-01-01", NULL, BODY_RS, "LS 1996/1210 § 97", "active", "",
    "Grundande region; styrelseplats." },
  { NET_EHMA, "member", 0, "2014-01-01", NULL, BODY_RS, "LS 2013/522 § 98", "inactive", "", "" },
  { NET_EUROCHILD, "member", 0, "2016-01-01", NULL, BODY_RS, "LS 2015/870 § 177", "inactive",
    "", "" },
  { NET_ERRIN, "indirect", NET_CENTRAL_SWEDEN, "2012-01-01", NULL, BODY_RS, "RS 2019/245 § 61",
    "active", "", "Central Sweden representerar regionen i nätverket." },
  { NET_ENSA, "member", 0, "2009-01-01", NULL, BODY_RS, "LS 2008/611 § 45", "inactive", "", "" },
  { NET_EARMA, "interested", 0, "-300", NULL, 0, "", NULL, "",
    "Inte medlem ännu; intresse från Grants Office och projektkontoret. Kostnaden utreds." },
  { NET_CENTRAL_SWEDEN, "member", 0, "2008-01-01", NULL, BODY_RS, "LS 2007/955 § 230",
    "very-active", "Tolv månader",
    "Regionen äger föreningen tillsammans med Region Dalarna och Region Gävleborg; den årliga "
    "beställningen beslutas av regionstyrelsen." },
  { NET_SRE, "interested", 0, "-120", NULL, 0, "", NULL, "",
    "Erfarenhetsutbyte om EU-program; inget beslut om medlemskap." },
};

/* Fees of last year and this year; SEK when there is no rate. */
static const struct
{
  int network;
  double last_amount, amount, last_rate, rate;
  const char *notes;
} fees[] = {
  { NET_AER, 11200, 11500, 11.4, 11.5, "Medlemsavgift" },
  { NET_CPMR, 24300, 24800, 11.4, 11.5, "Medlemsavgift, inklusive Östersjökommissionen" },
  { NET_REVES, 3000, 3000, 11.4, 11.5, "Medlemsavgift" },
  { NET_EHMA, 1500, 1500, 11.4, 11.5, "Medlemsavgift" },
  { NET_EUROCHILD, 1150, 1200, 11.4, 11.5, "Medlemsavgift" },
  { NET_ENSA, 800, 800, 11.4, 11.5, "Medlemsavgift" },
  { NET_CENTRAL_SWEDEN, 2380000, 2450000, 0, 0, "Årlig beställning beslutad av regionstyrelsen" },
};

static const struct
{
  int network;
  const char *reviewed_on, *outcome, *note;
} reviews[] = {
  { NET_AER, "-385", "keep", "Enda politiska forum för hälso- och sjukvårdsfrågor; behålls." },
  { NET_EHMA, "-370", "change-level",
    "Medlemskapet behålls men aktiviteten hålls låg under omställningen." },
  { NET_ENSA, "-405", "keep", "Inaktiva; prövas igen vid nästa översyn." },
  { NET_CENTRAL_SWEDEN, "-335", "keep", "Beställningen för året fastställd." },
};

/*
 * The influence questions (seed 000): one list in priority order, each
 * national or international, annexed to the plan of RS or of RUN, with the
 * action plan that names the networks where it is pursued.
 */
static const struct
{
  const char *title, *scope;
  int body, priority;
  const char *description;
  int networks[4];
  const char *plan, *action_plan;
} questions[N_QUESTIONS] = {
  [Q_COHESION] = { "Sammanhållningspolitiken efter 2027", "international", BODY_RUN, 1,
    "En sammanhållningspolitik för alla regioner, med särskilda villkor för glest befolkade "
    "områden i norra Sverige.", { NET_CPMR, NET_AER, NET_CENTRAL_SWEDEN },
    "Regional utvecklingsstrategi",
    "Driva frågan i CPMR:s Östersjökommission och genom Central Swedens Brysselkontor. "
    "Samordna yttranden över kommissionens förslag med övriga nordliga regioner. "
    "Återrapportera till regionala utvecklingsnämnden efter varje generalförsamling." },
  [Q_HEALTH] = { "Hälso- och sjukvårdens beredskap i EU", "international", BODY_RS, 2,
    "Regionernas roll i EU:s hälsounion och i beredskapen för kriser och pandemier.",
    { NET_AER, NET_EHMA },
    "Regionstyrelsens handlingsplan för internationellt arbete",
    "Verka genom regionens plats i AER:s politiska byrå, det enda forum där regionen är "
    "medlem som behandlar hälso- och sjukvårdsfrågor. Följa EHMA:s arbete med beredskap." },
  [Q_TENT] = { "TEN-T och Botniska korridoren", "international", BODY_RUN, 3,
    "Botniska korridoren ska behålla sin plats i EU:s stomnät för transporter.",
    { NET_CPMR, NET_CENTRAL_SWEDEN },
    "Regional utvecklingsstrategi",
    "Följa revideringen av TEN-T-förordningen i CPMR:s arbetsgrupp för transport och lyfta "
    "frågan i dialogen med Trafikverket och regeringen." },
  [Q_RESEARCH] = { "Forskning och innovation i glesa regioner", "international", BODY_RUN, 4,
    "EU:s forsknings- och innovationsprogram ska vara tillgängliga för regioner med små "
    "forskningsmiljöer.", { NET_ERRIN, NET_EARMA, NET_CENTRAL_SWEDEN },
    "Regional utvecklingsstrategi",
    "Delta i ERRIN:s arbetsgrupper genom Central Sweden och stödja universitetets "
    "ansökningar till Horisont Europa." },
  [Q_SOCIAL] = { "Social ekonomi och social innovation", "international", BODY_RUN, 6,
    "Goda förutsättningar för social och solidarisk ekonomi i EU:s program.",
    { NET_REVES, NET_ENSA },
    "Regional utvecklingsstrategi",
    "Bevaka REVES arbete på tjänstepersonsnivå; ingen ny kandidatur till ledande positioner "
    "under omställningen." },
  [Q_SKILLS] = { "Kompetensförsörjning i hälso- och sjukvården", "national", BODY_RS, 5,
    "Statliga insatser för utbildning och bemanning i vården i hela landet.", { NET_EHMA },
    "Regionstyrelsens plan",
    "Föra fram regionens behov i dialogen med Sveriges Kommuner och Regioner och i "
    "remissvar till regeringen; följa EHMA:s jämförelser av bemanningsmodeller." },
};

/* Forum meetings where a question was pursued, and the position taken on it
 * in the report from there (attendees[] below; NULL: the report's positions). */
static const struct
{
  int question, event, attendee;
  const char *position;
} question_events[] = {
  { Q_COHESION, EV_CPMR_GA, 0,
    "Sammanhållningspolitiken ska omfatta alla regioner; glest befolkade områden i norr "
    "behöver egna villkor i nästa programperiod." },
  { Q_HEALTH, EV_AER_GA, 1, NULL },
  { Q_TENT, EV_CPMR_BALTIC, 3,
    "Botniska korridoren ska ligga kvar i stomnätet; gränsförbindelsen mot Finland prioriteras." },
};

typedef struct
{
  int person, network, network_body;
  const char *forum, *role, *from_on, *to_on;
  int body;
  const char *reference, *candidacy, *mandate;
} DemoAssignment;

static const DemoAssignment assignments[N_ASSIGNMENTS] = {
  [AS_ASA_BUREAU] = { PER_ASA, NET_AER, NB_AER_BUREAU, "", "board-member", "T0", "T1", BODY_RS,
    "RS 2023/12 § 8", NULL, "Företräda regionen i AER:s politiska byrå och verka för att "
    "regionernas ansvar för hälso- och sjukvården får genomslag i EU:s beredskapsarbete." },
  [AS_ASA_GA] = { PER_ASA, NET_AER, NB_AER_GA, "", "representative", "T0", "T1", BODY_RS,
    "RS 2023/12 § 8", NULL, "Företräda regionen i AER:s generalförsamling och verka för "
    "subsidiaritetsprincipen och ett starkt flernivåstyre." },
  [AS_ORJAN_GA] = { PER_ORJAN, NET_AER, NB_AER_GA, "", "deputy", "T0", "T1", BODY_RS,
    "RS 2023/12 § 8", NULL, "Vara ersättare för regionens representant i AER:s "
    "generalförsamling." },
  [AS_ORJAN_BID] = { PER_ORJAN, NET_AER, NB_AER_BUREAU, "", "board-member", "2019-11-14", NULL,
    BODY_IB, "IB 2019/27 § 41", "not-elected", "Kandidera till posten som vice ordförande i "
    "AER och verka för regionernas roll i hälso- och sjukvården." },
  [AS_ANGLA_BALTIC] = { PER_ANGLA, NET_CPMR, NB_CPMR_BALTIC, "", "representative", "T0", "T1",
    BODY_RUN, "RUN 2023/5 § 4", NULL, "Företräda regionen i CPMR:s Östersjökommission och "
    "verka för att Botniska korridoren och TEN-T prioriteras." },
  [AS_ANGLA_BID] = { PER_ANGLA, NET_CPMR, NB_CPMR_BALTIC, "", "board-member", "2020-09-01",
    "2020-11-30", BODY_IB, "IB 2020/18 § 52", "withdrawn", "Kandidera till posten som vice "
    "ordförande i CPMR:s Östersjökommission. Kandidaturen drogs tillbaka sedan beredningen "
    "beslutat att avstå kandidaturer till ledande positioner." },
  [AS_PER_ERIK_GA] = { PER_PER_ERIK, NET_CPMR, NB_CPMR_GA, "", "representative", "T0", "30",
    BODY_RUN, "RUN 2023/5 § 4", NULL, "Företräda regionen i CPMR:s generalförsamling och "
    "verka för en sammanhållningspolitik för alla regioner efter 2027." },
  [AS_MARIA_REVES] = { PER_MARIA, NET_REVES, NB_REVES_BOARD, "", "board-member", "T0", "T1",
    BODY_RUN, "RUN 2023/5 § 5", NULL, "Företräda regionen i REVES styrelse och verka för goda "
    "förutsättningar för social och solidarisk ekonomi." },
  [AS_MARIA_ENSA] = { PER_MARIA, NET_ENSA, 0, "", "representative", "T0", "T1", BODY_RS,
    "RS 2023/12 § 9", NULL, "Bevaka ENSA:s arbete inom det sociala området och rapportera "
    "till regionstyrelsen." },
  [AS_JONAS_EHMA] = { PER_JONAS, NET_EHMA, 0, "", "representative", "T0", "21", BODY_RS,
    "RS 2023/12 § 9", NULL, "Bevaka EHMA:s arbete med styrning av hälso- och sjukvården och "
    "rapportera till regionstyrelsen." },
  [AS_KARIN_CS] = { PER_KARIN, NET_CENTRAL_SWEDEN, NB_CS_BOARD, "", "board-member", "T0", "T1",
    BODY_RS, "RS 2023/12 § 10", NULL, "Företräda regionen i Central Swedens styrelse och verka "
    "för att regionens årliga beställning genomförs." },
  [AS_LARS_CS] = { PER_LARS, NET_CENTRAL_SWEDEN, NB_CS_BOARD, "", "deputy", "T0", "T1", BODY_RS,
    "RS 2023/12 § 10", NULL, "Vara ersättare i Central Swedens styrelse." },
  [AS_BIRGITTA_COR] = { PER_BIRGITTA, 0, 0, "Europeiska regionkommittén", "deputy", "T0", "T1",
    BODY_RF, "RF 2022/402 § 150", NULL, "Vara ersättare i Europeiska regionkommittén och bevaka "
    "frågor om sammanhållningspolitiken." },
  [AS_ERIK_TRANSPORT] = { PER_ERIK, NET_CPMR, NB_CPMR_TRANSPORT, "", "working-group-member", "T0",
    "T1", BODY_RUN, "RUN 2023/5 § 4", NULL, "Delta i CPMR:s arbetsgrupp för transport och verka "
    "för gränsöverskridande förbindelser i norr." },
  [AS_SOFIA_AER] = { PER_SOFIA, NET_AER, 0, "", "contact-official", "T0", "T1", BODY_RS,
    "RS 2023/12 § 8", NULL, "Kontaktperson på tjänstepersonsnivå för AER och stöd till "
    "regionens förtroendevalda." },
  [AS_MIKAEL_CPMR] = { PER_MIKAEL, NET_CPMR, 0, "", "contact-official", "T0", "T1", BODY_RUN,
    "RUN 2023/5 § 4", NULL, "Kontaktperson för CPMR och Östersjökommissionen." },
  [AS_ELIN_ERRIN] = { PER_ELIN, NET_ERRIN, NB_ERRIN_HEALTH, "", "contact-official", "T0", "T1",
    BODY_RUN, "RUN 2023/5 § 6", NULL, "Kontaktperson gentemot Central Sweden i ERRIN:s "
    "arbetsgrupper." },
  [AS_ANDERS_REVES] = { PER_ANDERS, NET_REVES, 0, "", "contact-official", "T0", "T1", BODY_RUN,
    "RUN 2023/5 § 5", NULL, "Kontaktperson för REVES och projektverksamheten i nätverket." },
};

static const struct
{
  int network, network_body;
  const char *title, *starts_on, *ends_on, *place, *notes;
} events[N_EVENTS] = {
  [EV_CPMR_GA] = { NET_CPMR, NB_CPMR_GA, "CPMR:s generalförsamling", "-101", "-99", "Rennes", "" },
  [EV_AER_GA] = { NET_AER, NB_AER_GA, "AER:s generalförsamling", "-76", "-75", "Strasbourg", "" },
  [EV_CPMR_BALTIC] = { NET_CPMR, NB_CPMR_BALTIC, "CPMR:s Östersjökommission, årskonferens", "-52",
    "-51", "Tallinn", "" },
  [EV_AER_BUREAU] = { NET_AER, NB_AER_BUREAU, "Möte i AER:s politiska byrå", "-38", "-38",
    "Bryssel", "" },
  [EV_REVES_BOARD] = { NET_REVES, NB_REVES_BOARD, "REVES styrelsemöte", "-30", "-30", "Bryssel",
    "" },
  [EV_ERRIN_HEALTH] = { NET_ERRIN, NB_ERRIN_HEALTH, "ERRIN:s arbetsgrupp för hälsa", "-20", "-20",
    "Bryssel", "Central Sweden företräder regionen." },
  [EV_CS_BOARD] = { NET_CENTRAL_SWEDEN, NB_CS_BOARD, "Central Swedens styrelsemöte", "-12", "-12",
    "Falun", "" },
  [EV_AER_BUREAU_NEXT] = { NET_AER, NB_AER_BUREAU, "Möte i AER:s politiska byrå", "25", "25",
    "Bryssel", "" },
  [EV_CPMR_TRANSPORT_NEXT] = { NET_CPMR, NB_CPMR_TRANSPORT, "CPMR:s arbetsgrupp för transport",
    "40", "41", "Bryssel", "" },
};

/*
 * Who went to which event, and the report each owes (none without a status).
 * A report is due three weeks after the event, to the appointing body.
 */
static const struct
{
  int event, assignment;
  const char *status, *received_on;
  int meeting;
  const char *reminded_on, *subject_areas, *positions, *continued_work, *home_work;
} attendees[] = {
  { EV_CPMR_GA, AS_PER_ERIK_GA, "presented", "-80", MT_RUN2, NULL,
    "Sammanhållningspolitiken efter 2027, EU:s långtidsbudget, transportkorridorer och "
    "havspolitik.",
    "Regionens representant framhöll att sammanhållningspolitiken ska omfatta alla regioner och "
    "att glest befolkade områden behöver särskilda villkor.",
    "Regionen deltar fortsatt i Östersjökommissionen och följer arbetsgruppen för transport.",
    "Ställningstagandena förs in i arbetet med påverkansfrågan om sammanhållningspolitiken och "
    "i nämndens plan." },
  { EV_AER_GA, AS_ASA_GA, "presented", "-60", MT_RS2, NULL,
    "Hälso- och sjukvårdens beredskap, demokratisk utveckling i regionerna, AER:s "
    "verksamhetsplan och budget.",
    "Regionens representant stödde förslaget om europeiskt samarbete kring beredskapslager för "
    "sjukvårdsmateriel och betonade regionernas ansvar för hälso- och sjukvården.",
    "Regionen behåller sin plats i AER:s politiska byrå och deltar i arbetet med "
    "beredskapsfrågor.",
    "Erfarenheterna redovisas för hälso- och sjukvårdsförvaltningen och används i arbetet med "
    "regionens krisberedskapsplan." },
  { EV_AER_GA, AS_ORJAN_GA, "expected", NULL, MT_NONE, NULL, NULL, NULL, NULL, NULL },
  { EV_CPMR_BALTIC, AS_ANGLA_BALTIC, "received", "-20", MT_RUN3, NULL,
    "TEN-T och Botniska korridoren, EU:s strategi för Östersjöregionen och energiomställningen "
    "i Östersjöområdet.",
    "Regionens representant framhöll att Botniska korridoren måste behålla sin plats i stomnätet "
    "och att gränsöverskridande förbindelser ska prioriteras.",
    "Regionen verkar för att kommissionen antar ett gemensamt uttalande om TEN-T inför nästa "
    "generalförsamling.",
    "Underlaget delas med länets kommuner och Trafikverket i arbetet med länstransportplanen." },
  { EV_CPMR_BALTIC, AS_MIKAEL_CPMR, NULL, NULL, MT_NONE, NULL, NULL, NULL, NULL, NULL },
  { EV_AER_BUREAU, AS_ASA_BUREAU, "received", "-10", MT_RS4, NULL,
    "AER:s ställningstagande om EU:s nästa långtidsbudget och den europeiska hälsounionen.",
    "Regionens representant verkade för att regionernas ansvar för hälso- och sjukvården skrivs "
    "in i AER:s ställningstagande.",
    "Byrån återkommer med ett reviderat ställningstagande vid nästa möte.",
    "Ställningstagandet stäms av med regionstyrelsens presidium och hälso- och "
    "sjukvårdsdirektören." },
  { EV_AER_BUREAU, AS_SOFIA_AER, NULL, NULL, MT_NONE, NULL, NULL, NULL, NULL, NULL },
  { EV_REVES_BOARD, AS_MARIA_REVES, "expected", NULL, MT_NONE, "-3", NULL, NULL, NULL, NULL },
  { EV_ERRIN_HEALTH, AS_ELIN_ERRIN, NULL, NULL, MT_NONE, NULL, NULL, NULL, NULL, NULL },
  { EV_CS_BOARD, AS_KARIN_CS, "expected", NULL, MT_NONE, NULL, NULL, NULL, NULL, NULL },
  { EV_AER_BUREAU_NEXT, AS_ASA_BUREAU, NULL, NULL, MT_NONE, NULL, NULL, NULL, NULL, NULL },
  { EV_CPMR_TRANSPORT_NEXT, AS_ERIK_TRANSPORT, NULL, NULL, MT_NONE, NULL, NULL, NULL, NULL,
    NULL },
};

typedef struct
{
  int body;
  const char *held_on;
  GDateWeekday weekday;   /* moves held_on forward to this day; 0 keeps it */
  const char *starts_at, *place;
  int checker, absent;
} DemoMeeting;

static const char room_kage[] = "Regionhuset, sammanträdesrum Kåge";
static const char room_on[] = "Regionhuset, sammanträdesrum Ön";

static const DemoMeeting meetings[N_MEETINGS] = {
  [MT_IB1] = { BODY_IB, "2021-03-17", 0, "13:00", "Teams", PER_ANGLA, PER_NONE },
  [MT_IB2] = { BODY_IB, "2021-09-22", 0, "13:00", room_kage, PER_ORJAN, PER_MARIA },
  [MT_RS1] = { BODY_RS, "-84", G_DATE_TUESDAY, "09:00", room_kage, PER_ORJAN, PER_NONE },
  [MT_RUN1] = { BODY_RUN, "-70", G_DATE_WEDNESDAY, "09:00", room_on, PER_PER_ERIK, PER_NONE },
  [MT_RS2] = { BODY_RS, "-49", G_DATE_TUESDAY, "09:00", room_kage, PER_MARIA, PER_JONAS },
  [MT_RUN2] = { BODY_RUN, "-28", G_DATE_WEDNESDAY, "08:30", "Teams", PER_ERIK, PER_NONE },
  [MT_RS3] = { BODY_RS, "-21", G_DATE_TUESDAY, "09:00", room_kage, PER_KARIN, PER_NONE },
  [MT_RSAU1] = { BODY_RSAU, "8", G_DATE_TUESDAY, "13:00", room_on, PER_ORJAN, PER_NONE },
  [MT_RS4] = { BODY_RS, "15", G_DATE_TUESDAY, "09:00", room_kage, PER_BIRGITTA, PER_NONE },
  [MT_RUN3] = { BODY_RUN, "22", G_DATE_WEDNESDAY, "09:00", room_on, PER_PER_ERIK, PER_NONE },
  [MT_RS5] = { BODY_RS, "50", G_DATE_TUESDAY, "09:00", room_kage, PER_JONAS, PER_NONE },
  [MT_RUN4] = { BODY_RUN, "57", G_DATE_WEDNESDAY, "09:00", "Teams", PER_ERIK, PER_NONE },
};

/* Who sits in each body; the first is the chair. A deputy serves when someone is absent. */
typedef struct { int person; const char *role; } DemoSeat;

static const DemoSeat seats_rs[] = {
  { PER_ASA, "chair" }, { PER_ORJAN, "member" }, { PER_MARIA, "member" }, { PER_JONAS, "member" },
  { PER_KARIN, "member" }, { PER_BIRGITTA, "member" }, { PER_LARS, "deputy" },
  { PER_SOFIA, "official" }, { PER_JOHANNA, "official" }, { 0, NULL },
};
static const DemoSeat seats_run[] = {
  { PER_ANGLA, "chair" }, { PER_PER_ERIK, "member" }, { PER_ERIK, "member" },
  { PER_KARIN, "member" }, { PER_BIRGITTA, "member" }, { PER_LARS, "deputy" },
  { PER_MIKAEL, "official" }, { PER_JOHANNA, "official" }, { 0, NULL },
};
static const DemoSeat seats_ib[] = {
  { PER_ASA, "chair" }, { PER_ANGLA, "member" }, { PER_PER_ERIK, "member" },
  { PER_ORJAN, "member" }, { PER_MARIA, "member" }, { PER_LARS, "deputy" },
  { PER_SOFIA, "official" }, { 0, NULL },
};
static const DemoSeat seats_rsau[] = {
  { PER_ASA, "chair" }, { PER_ORJAN, "member" }, { PER_KARIN, "member" }, { 0, NULL },
};
static const DemoSeat *const seats[N_BODIES] = {
  [BODY_RS] = seats_rs, [BODY_RUN] = seats_run, [BODY_IB] = seats_ib, [BODY_RSAU] = seats_rsau,
};

/* Exp till: who receives the extract of a paragraph, besides the case officer. */
static const char *const distribution[N_BODIES][3] = {
  [BODY_RS] = { "Regiondirektören", "Utvecklingsavdelningen", NULL },
  [BODY_RUN] = { "Regiondirektören", "Avdelningen för regional utveckling", NULL },
  [BODY_IB] = { "Regionstyrelsen", "Regionala utvecklingsnämnden", NULL },
};

/* Reservations and statements under a decision in the minutes, by the item's diary number. */
static const struct
{
  int body, serial;
  const char *kind, *author, *text;
} minutes_statements[] = {
  { BODY_RS, 305, "reservation", "Birgitta Wiklund (SD)", "" },
  { BODY_RS, 305, "note", "Maria Öberg (V)",
    "Vänsterpartiet förutsätter att nyttan av medlemskapet redovisas med konkreta exempel "
    "inför nästa översyn." },
};

/* A motion under a decision, put to the vote: yes for the proposal, no for
 * the motion. Its mover votes no, the others yes, and the mover reserves. */
static const struct
{
  int body, serial;
  const char *mover, *text;
  int person;
} minutes_motions[] = {
  { BODY_RS, 305, "Birgitta Wiklund (SD)", "att regionen säger upp medlemskapet i EHMA",
    PER_BIRGITTA },
};

typedef struct
{
  int body, serial;   /* the diary number is "<body> <year received>/<serial>" */
  const char *title, *type, *status, *received_on, *reply_by;
  int area, officer, relevant;   /* body is recommended, and routed unless declined */
  const char *assessment, *reason, *description;
  gboolean confidential;
  const char *secrecy_ground;   /* the provision of OSL, for a confidential item */
  int meeting;
  const char *decision, *note, *clauses[3], *amendment;
  int responsible;   /* of the decided "att uppdra" clauses */
  const char *due_on, *completed_on, *documents[3];
  int networks[3], questions[2], goals[4];
} DemoItem;

static const DemoItem items[] = {
  { BODY_RS, 389, "Inbjudan till AER:s politiska byrå i Bryssel", "invitation", "received", "-3",
    "4", AREA_REGIONAL, PER_SOFIA, REL_UNKNOWN, .description = "Inbjudan till byråns möte med "
    "program och anmälan.", .networks = { NET_AER } },
  { BODY_RUN, 301, "EU-samråd om framtidens sammanhållningspolitik", "eu-consultation",
    "assessed", "-12", "6", AREA_COHESION, PER_MIKAEL, REL_YES,
    .assessment = "Relevant. Regionen bör lämna synpunkter om en sammanhållningspolitik för alla "
    "regioner, i linje med påverkansfrågan om sammanhållningspolitiken efter 2027.",
    .description = "Europeiska kommissionens öppna samråd inför nästa programperiod.",
    .networks = { NET_CPMR, NET_CENTRAL_SWEDEN }, .questions = { Q_COHESION },
    .goals = { 10, 11 } },
  { BODY_RUN, 281, "Remiss: Nationell strategi för hållbar regional utveckling", "referral",
    "in-preparation", "-30", "20", AREA_REGIONAL, PER_MIKAEL, REL_YES,
    .assessment = "Berör nämndens ansvar för det regionala utvecklingsuppdraget.",
    .description = "Regeringskansliet remitterar förslag till ny nationell strategi.",
    .clauses = { "att lämna yttrande över remissen i enlighet med förvaltningens förslag",
                 "att förklara paragrafen omedelbart justerad" },
    .documents = { "Remiss från Regeringskansliet", "Förslag till yttrande" },
    .goals = { 8, 11 } },
  { BODY_RS, 331, "EU-samråd om hälso- och sjukvårdens beredskap", "eu-consultation", "ready",
    "-40", "-2", AREA_HEALTH, PER_SOFIA, REL_YES,
    .assessment = "Berör hälso- och sjukvården och bereds därför i regionstyrelsen.",
    .description = "Samråd om EU:s hälsounion och regionernas roll i krisberedskapen.",
    .clauses = { "att lämna synpunkter i EU-samrådet i enlighet med bilagt förslag",
                 "att uppdra åt regiondirektören att föra fram regionens synpunkter via AER" },
    .documents = { "Kommissionens samrådsdokument", "Förslag till synpunkter" },
    .networks = { NET_AER, NET_EHMA }, .questions = { Q_HEALTH }, .goals = { 3 } },
  { BODY_RS, 352, "Årlig uppföljning av den internationella strategin", "report", "on-agenda",
    "-25", NULL, AREA_REGIONAL, PER_SOFIA, REL_YES,
    .assessment = "Strategin följs upp årligen till regionstyrelsen.",
    .description = "Uppföljning av det internationella arbetet, nätverken och uppdragen.",
    .meeting = MT_RS4,
    .clauses = { "att godkänna uppföljningen av den internationella strategin",
                 "att överlämna uppföljningen till regionfullmäktige för kännedom" },
    .documents = { "Uppföljning av den internationella strategin" }, .goals = { 17 } },
  { BODY_RS, 340, "Beställning till Central Sweden för kommande år", "decision", "on-agenda",
    "-35", "25", AREA_REGIONAL, PER_ELIN, REL_YES,
    .assessment = "Beställningen förankras i nämnderna och beslutas av regionstyrelsen.",
    .description = "Regionens årliga beställning till Brysselkontoret: politisk påverkan och "
    "projektstöd.", .meeting = MT_RS4,
    .clauses = { "att fastställa regionens beställning till Central Sweden för kommande år",
                 "att uppdra åt regiondirektören att följa upp beställningen i den årliga "
                 "uppföljningen av den internationella strategin" },
    .documents = { "Förslag till beställning", "Central Swedens verksamhetsplan" },
    .networks = { NET_CENTRAL_SWEDEN, NET_ERRIN }, .goals = { 8, 17 } },
  { BODY_RUN, 290, "Inbjudan till CPMR:s arbetsgrupp för transport", "invitation", "on-agenda",
    "-20", "10", AREA_TRANSPORT, PER_MIKAEL, REL_YES,
    .assessment = "Berör påverkansfrågan om TEN-T och Botniska korridoren.",
    .description = "Arbetsgruppen behandlar revideringen av TEN-T-förordningen.",
    .meeting = MT_RUN3,
    .clauses = { "att utse Erik Zetterlund (S) att företräda regionen vid mötet",
                 "att ledamoten återrapporterar till regionala utvecklingsnämnden" },
    .documents = { "Inbjudan från CPMR" }, .networks = { NET_CPMR }, .questions = { Q_TENT } },
  { BODY_RS, 305, "Fortsatt medlemskap i EHMA", "decision", "decided", "-60", NULL, AREA_HEALTH,
    PER_ANDERS, REL_YES, .assessment = "Översyn av ett inaktivt medlemskap.",
    .description = "Regionen är medlem men inaktiv; frågan är om medlemskapet ska behållas.",
    .meeting = MT_RS3, .decision = "as-proposed",
    .clauses = { "att behålla medlemskapet i EHMA under nästa år",
                 "att uppdra åt regiondirektören att inför nästa översyn redovisa nyttan av "
                 "medlemskapet" },
    .responsible = PER_SOFIA, .due_on = "40", .documents = { "Översyn av medlemskapet" },
    .networks = { NET_EHMA }, .goals = { 3 } },
  { BODY_RUN, 236, "Remiss: Revidering av EU:s strategi för Östersjöregionen", "referral",
    "dispatched", "-75", "-15", AREA_COHESION, PER_MIKAEL, REL_YES,
    .assessment = "Berör transporter och sammanhållning i norr.",
    .description = "Regeringskansliet efterfrågar synpunkter på den reviderade handlingsplanen.",
    .meeting = MT_RUN2, .decision = "amended",
    .clauses = { "att lämna yttrande i enlighet med förvaltningens förslag",
                 "att uppdra åt regiondirektören att återkomma med en samlad bild av regionens "
                 "arbete inom Östersjöstrategin" },
    .amendment = "att yttrandet kompletteras med regionens syn på Botniska korridoren",
    .responsible = PER_MIKAEL, .due_on = "-3",
    .documents = { "Remiss från Regeringskansliet", "Förslag till yttrande" },
    .networks = { NET_CPMR }, .questions = { Q_TENT }, .goals = { 9, 14 } },
  { BODY_RUN, 227, "Återrapport från CPMR:s Östersjökommission", "report", "decided", "-85", NULL,
    AREA_TRANSPORT, PER_MIKAEL, REL_YES, .assessment = "Återrapport till återföringspunkten.",
    .description = "Skriftlig rapport från kommissionens arbetsmöte.", .meeting = MT_RUN1,
    .decision = "noted", .clauses = { "att lägga återrapporten till handlingarna" },
    .networks = { NET_CPMR } },
  { BODY_RUN, 214, "Yttrande över förslaget till ny TEN-T-förordning", "eu-consultation",
    "dispatched", "-100", "-60", AREA_TRANSPORT, PER_MIKAEL, REL_YES,
    .assessment = "Hög prioritet: påverkansfrågan om Botniska korridoren.",
    .description = "Kommissionens förslag om EU:s transeuropeiska transportnät.",
    .meeting = MT_RUN1, .decision = "as-proposed",
    .clauses = { "att lämna yttrande i enlighet med förvaltningens förslag",
                 "att uppdra åt regiondirektören att sprida yttrandet till länets kommuner och "
                 "Trafikverket" },
    .responsible = PER_MIKAEL, .due_on = "-50", .completed_on = "-58",
    .documents = { "Förslag till yttrande" }, .networks = { NET_CPMR, NET_CENTRAL_SWEDEN },
    .questions = { Q_TENT }, .goals = { 9, 11, 13 } },
  { BODY_RS, 262, "Handlingsplan för det internationella arbetet", "decision", "decided", "-110",
    NULL, AREA_REGIONAL, PER_SOFIA, REL_YES, .assessment = "Årlig handlingsplan.",
    .description = "Handlingsplanen listar medlemskap och deltagande i internationella "
    "organisationer och nätverk samt årets prioriteringar.", .meeting = MT_RS1,
    .decision = "as-proposed",
    .clauses = { "att fastställa handlingsplanen för det internationella arbetet",
                 "att uppdra åt regiondirektören att följa upp handlingsplanen och redovisa "
                 "resultatet för regionstyrelsen" },
    .responsible = PER_SOFIA, .due_on = "-10",
    .documents = { "Handlingsplan för det internationella arbetet" }, .goals = { 17 } },
  { BODY_RS, 318, "Inbjudan till Eurochilds konferens om barns psykiska hälsa", "invitation",
    "declined", "-50", "-30", AREA_PUBLIC_HEALTH, PER_ANDERS, REL_NO,
    .assessment = "Ingår inte i regionens prioriterade påverkansfrågor; regionen är inaktiv "
    "medlem i Eurochild.", .reason = "Regionen avstår deltagande.",
    .description = "Tvådagarskonferens för medlemmar.", .networks = { NET_EUROCHILD } },
  { BODY_RUN, 188, "Inbjudan att kandidera till REVES presidium", "invitation", "declined",
    "-140", "-60", AREA_SOCIAL, PER_ANDERS, REL_YES,
    .assessment = "Relevant nätverk, men regionen avstår sedan hösten 2020 kandidaturer till "
    "ledande positioner i internationella nätverk.",
    .reason = "Nämnden avslog nomineringen.",
    .description = "Nomineringar till presidiet inför generalförsamlingen.", .meeting = MT_RUN1,
    .decision = "declined", .note = "Med hänvisning till beslutet hösten 2020 om att avstå "
    "kandidaturer till ledande positioner.",
    .clauses = { "att nominera Maria Öberg (V) till REVES presidium" },
    .networks = { NET_REVES } },
  { BODY_RS, 455, "Information om ENSA:s verksamhetsplan", "information", "written-off", "-400",
    NULL, AREA_SOCIAL, PER_ANDERS, REL_NO, .assessment = "Regionen är inaktiv medlem.",
    .reason = "Inaktuell; ingen åtgärd.", .description = "Utskick till nätverkets medlemmar.",
    .networks = { NET_ENSA } },
  { BODY_RUN, 297, "Förfrågan om medlemskap i EARMA", "other", "assessed", "-15", "30",
    AREA_RESEARCH, PER_ELIN, REL_YES,
    .assessment = "Intresse från Grants Office och projektkontoret; ger kompetensutveckling och "
    "internationalisering. Kostnaden behöver utredas innan beslut.",
    .description = "Projektkontoret föreslår att regionen ansöker om medlemskap.",
    .networks = { NET_EARMA }, .questions = { Q_RESEARCH }, .goals = { 4, 9 } },
  { BODY_RS, 391, "Förfrågan om partnerskap i EU-projekt om cybersäkerhet i vården", "other",
    "received", "-1", "6", AREA_DIGITAL, PER_ELIN, REL_UNKNOWN, .confidential = TRUE,
    .secrecy_ground = "OSL 18 kap. 8 §",
    .description = "Innehåller uppgifter om regionens informationssäkerhet och omfattas av "
    "sekretess." },
  { BODY_RS, 307, "Information från Central Sweden om arbetsprogrammet", "information",
    "decided", "-60", NULL, AREA_REGIONAL, PER_ELIN, REL_YES,
    .assessment = "Information till regionstyrelsen.",
    .description = "Kontorets arbetsprogram och aktuella påverkansfrågor i Bryssel.",
    .meeting = MT_RS2, .decision = "noted",
    .clauses = { "att lägga informationen till handlingarna" },
    .networks = { NET_CENTRAL_SWEDEN, NET_ERRIN } },
  { BODY_RUN, 259, "Begäran om medfinansiering av Interreg-projekt", "decision", "ready", "-50",
    "10", AREA_BUSINESS, PER_MIKAEL, REL_YES, .assessment = "Bereds i nämnden.",
    .description = "Gränsöverskridande projekt om innovation i små och medelstora företag.",
    .meeting = MT_RUN2, .decision = "tabled",
    .note = "Ärendet bordlades i avvaktan på kompletterande underlag om projektets budget.",
    .clauses = { "att medfinansiera projektet med högst 500 000 kronor under förutsättning att "
                 "projektet beviljas stöd från Interreg Aurora" },
    .documents = { "Projektansökan", "Projektets budget" }, .goals = { 8, 9 } },
  { BODY_RUN, 291, "EU-samråd om nästa ramprogram för forskning och innovation",
    "eu-consultation", "in-preparation", "-20", "2", AREA_RESEARCH, PER_ELIN, REL_YES,
    .assessment = "Berör påverkansfrågan om forskning och innovation i glesa regioner.",
    .description = "Samrådet gäller efterföljaren till Horisont Europa.",
    .clauses = { "att lämna synpunkter i EU-samrådet i enlighet med förvaltningens förslag" },
    .networks = { NET_ERRIN }, .questions = { Q_RESEARCH }, .goals = { 9 } },
  { BODY_IB, 12, "Internationella beredningens årsrapport 2020", "report", "decided",
    "2021-02-15", NULL, AREA_REGIONAL, PER_SOFIA, REL_YES, .assessment = "Årlig rapport.",
    .description = "Rapport om beredningens arbete under 2020.", .meeting = MT_IB1,
    .decision = "as-proposed",
    .clauses = { "att godkänna årsrapporten",
                 "att överlämna årsrapporten till regionstyrelsen och regionala "
                 "utvecklingsnämnden" } },
  { BODY_IB, 31, "Utredning om politisk hantering av internationella frågor", "decision",
    "dispatched", "2021-08-30", NULL, AREA_REGIONAL, PER_SOFIA, REL_YES,
    .assessment = "Hantering genom tre beslutsforum har visat sig resurskrävande.",
    .description = "Utredningen redogör för beredningens uppkomst och uppdrag och föreslår ny "
    "politisk hantering av internationella frågor.", .meeting = MT_IB2,
    .decision = "as-proposed",
    .clauses = { "att föreslå regionstyrelsen att internationella beredningen avvecklas",
                 "att internationella frågor framöver bereds och beslutas i det beslutsforum där "
                 "sakfrågan hör hemma",
                 "att uppdra åt regiondirektören att inarbeta beslutspunkterna i arbetsordningarna "
                 "för regionstyrelsen och regionala utvecklingsnämnden" },
    .responsible = PER_SOFIA, .due_on = "2021-12-01", .completed_on = "2021-11-24",
    .documents = { "Utredning politisk hantering av internationella frågor",
                   "Internationella beredningens årsrapport 2019" } },
};

static const char *const workflow[] = {
  "received", "assessed", "in-preparation", "ready", "on-agenda", "decided", "dispatched",
};
