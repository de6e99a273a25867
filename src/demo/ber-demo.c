/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-demo"

#include "config.h"

#include <stdio.h>

#include "ber-demo.h"

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
  NET_EARMA, NET_CENTRAL_SWEDEN, NET_MSO, NET_SRE, N_NETWORKS
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
  [NET_MSO] = { "Mid Sweden Office", "", "brussels-office", BODY_RS, NULL, "", "Bryssel",
    "Brysselkontor för Mittsverige. Enligt den internationella policyn från 2007 var "
    "landstinget en aktiv aktör i kontoret för politisk bevakning, information, kontaktvägar "
    "och kompetensutveckling.",
    { 17 } },
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

/* Each network's membership history, oldest row first. */
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
  { NET_EARMA, "interested", 0, "-300", NULL, 0, "", "inactive", "",
    "Intresse från Grants Office och projektkontoret; kostnaden utreds." },
  { NET_CENTRAL_SWEDEN, "member", 0, "2008-01-01", NULL, BODY_RS, "LS 2007/955 § 230",
    "very-active", "Tolv månader", "Årlig beställning beslutas av regionstyrelsen." },
  { NET_MSO, "member", 0, "2001-01-01", "2007-12-31", BODY_RS, "LS 2000/301 § 12", "active", "",
    "" },
  { NET_MSO, "left", 0, "2008-01-01", NULL, BODY_RS, "LS 2007/955 § 231", "inactive", "",
    "Ersatt av Central Sweden." },
  { NET_SRE, "interested", 0, "-120", NULL, 0, "", "inactive", "",
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
  { NET_MSO, "2007-11-15", "leave", "Brysselkontoret ersätts av Central Sweden." },
  { NET_AER, "-385", "keep", "Enda politiska forum för hälso- och sjukvårdsfrågor; behålls." },
  { NET_EHMA, "-370", "change-level",
    "Medlemskapet behålls men aktiviteten hålls låg under omställningen." },
  { NET_ENSA, "-405", "keep", "Inaktiva; prövas igen vid nästa översyn." },
  { NET_CENTRAL_SWEDEN, "-335", "keep", "Beställningen för året fastställd." },
};

static const struct
{
  const char *title, *scope;
  int body, priority;
  const char *description;
  int networks[4];
} questions[N_QUESTIONS] = {
  [Q_COHESION] = { "Sammanhållningspolitiken efter 2027", "international", BODY_RUN, 1,
    "En sammanhållningspolitik för alla regioner, med särskilda villkor för glest befolkade "
    "områden i norra Sverige.", { NET_CPMR, NET_AER, NET_CENTRAL_SWEDEN } },
  [Q_HEALTH] = { "Hälso- och sjukvårdens beredskap i EU", "international", BODY_RS, 1,
    "Regionernas roll i EU:s hälsounion och i beredskapen för kriser och pandemier.",
    { NET_AER, NET_EHMA } },
  [Q_TENT] = { "TEN-T och Botniska korridoren", "international", BODY_RUN, 2,
    "Botniska korridoren ska behålla sin plats i EU:s stomnät för transporter.",
    { NET_CPMR, NET_CENTRAL_SWEDEN } },
  [Q_RESEARCH] = { "Forskning och innovation i glesa regioner", "international", BODY_RUN, 3,
    "EU:s forsknings- och innovationsprogram ska vara tillgängliga för regioner med små "
    "forskningsmiljöer.", { NET_ERRIN, NET_EARMA, NET_CENTRAL_SWEDEN } },
  [Q_SOCIAL] = { "Social ekonomi och social innovation", "international", BODY_RUN, 4,
    "Goda förutsättningar för social och solidarisk ekonomi i EU:s program.",
    { NET_REVES, NET_ENSA } },
  [Q_SKILLS] = { "Kompetensförsörjning i hälso- och sjukvården", "national", BODY_RS, 2,
    "Statliga insatser för utbildning och bemanning i vården i hela landet.", { NET_EHMA } },
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
  { BODY_RS, 305, "reservation", "Birgitta Wiklund (SD)",
    "Till förmån för eget yrkande om att säga upp medlemskapet i EHMA." },
  { BODY_RS, 305, "note", "Maria Öberg (V)",
    "Vänsterpartiet förutsätter att nyttan av medlemskapet redovisas med konkreta exempel "
    "inför nästa översyn." },
};

typedef struct
{
  int body, serial;   /* the diary number is "<body> <year received>/<serial>" */
  const char *title, *type, *status, *received_on, *reply_by;
  int area, officer, relevant;   /* body is recommended, and routed unless declined */
  const char *assessment, *reason, *description;
  gboolean confidential;
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

typedef struct
{
  BerStore *store;
  GError *error;   /* the first failure; every later write is skipped */
  GDate today, term_start, term_end;
  gint64 body[N_BODIES], area[N_AREAS], person[N_PERSONS], network[N_NETWORKS];
  gint64 network_body[N_NETWORK_BODIES], question[N_QUESTIONS], assignment[N_ASSIGNMENTS];
  gint64 event[N_EVENTS], meeting[N_MEETINGS], item[G_N_ELEMENTS (items)];
  gint64 report[G_N_ELEMENTS (attendees)];
  guint paragraph[N_BODIES], paragraph_year[N_BODIES];
} Demo;

/* The agenda of one meeting while it is being filled. */
typedef struct
{
  int meeting;
  GDate held_on;
  gboolean held;
  guint position;
} Agenda;

static gint64 demo_insert (Demo       *d,
                           const char *table,
                           ...) G_GNUC_NULL_TERMINATED;

/* Values for demo_insert(); NULL leaves the column to its default. */
static GVariant *
v_str (const char *text)
{
  return text != NULL ? g_variant_new_string (text) : NULL;
}

static GVariant *
v_int (gint64 value)
{
  return g_variant_new_int64 (value);
}

static GVariant *
v_id (gint64 id)
{
  return id != 0 ? g_variant_new_int64 (id) : NULL;
}

static void
format_date (const GDate *date,
             char         text[16])
{
  g_snprintf (text, 16, "%04u-%02u-%02u", (guint) g_date_get_year (date),
              (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

static GVariant *
v_gdate (const GDate *date)
{
  char text[16];

  format_date (date, text);
  return g_variant_new_string (text);
}

static void
demo_date (Demo       *d,
           const char *spec,
           GDate      *date)
{
  int year, month, day;
  gint64 days;

  if (sscanf (spec, "%4d-%2d-%2d", &year, &month, &day) == 3)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, day, month, year);
    }
  else if (spec[0] == 'T')
    *date = spec[1] == '0' ? d->term_start : d->term_end;
  else
    {
      *date = d->today;
      days = g_ascii_strtoll (spec, NULL, 10);
      if (days >= 0)
        g_date_add_days (date, days);
      else
        g_date_subtract_days (date, -days);
    }
}

static GVariant *
v_date (Demo       *d,
        const char *spec)
{
  GDate date;

  if (spec == NULL)
    return NULL;
  demo_date (d, spec, &date);
  return v_gdate (&date);
}

/* Inserts a row from column, value pairs; a NULL value leaves the column out. */
static gint64
demo_insert (Demo       *d,
             const char *table,
             ...)
{
  g_autoptr(GVariant) values = NULL;
  GVariantBuilder builder;
  const char *key;
  va_list args;
  gint64 id;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  va_start (args, table);
  while ((key = va_arg (args, const char *)) != NULL)
    {
      GVariant *value = va_arg (args, GVariant *);

      if (value != NULL)
        g_variant_builder_add (&builder, "{sv}", key, value);
    }
  va_end (args);
  values = g_variant_ref_sink (g_variant_builder_end (&builder));

  if (d->error != NULL)
    return 0;
  id = ber_store_insert (d->store, table, values, &d->error);
  return d->error == NULL ? id : 0;
}

/* Links an owner to @ids at @indexes (up to a 0), or to the indexes themselves. */
static void
demo_links (Demo         *d,
            const char   *table,
            const char   *owner_column,
            gint64        owner_id,
            const char   *other_column,
            const int    *indexes,
            gsize         n_indexes,
            const gint64 *ids)
{
  gint64 other[8];
  gsize n;

  for (n = 0; n < n_indexes && n < G_N_ELEMENTS (other) && indexes[n] != 0; n++)
    other[n] = ids != NULL ? ids[indexes[n]] : indexes[n];
  for (gsize i = 0; i < n && d->error == NULL; i++)
    ber_store_set_link (d->store, table, owner_column, owner_id, other_column, other[i], TRUE,
                        &d->error);
}

static void
fill_organisation (Demo *d)
{
  gsize i;

  for (i = 1; i < N_BODIES; i++)
    d->body[i] = demo_insert (d, "body", "name", v_str (bodies[i].name),
                              "short_name", v_str (bodies[i].short_name),
                              "kind", v_str (bodies[i].kind),
                              "established_on", v_str (bodies[i].established_on),
                              "dissolved_on", v_str (bodies[i].dissolved_on),
                              "agenda_deadline_days", v_int (bodies[i].deadline_days),
                              "notes", v_str (bodies[i].notes), NULL);

  for (i = 0; i < 2 * G_N_ELEMENTS (template_points); i++)
    {
      gsize k = i % G_N_ELEMENTS (template_points);

      demo_insert (d, "agenda_template_point",
                   "body_id", v_int (d->body[k == i ? BODY_RS : BODY_RUN]),
                   "position", v_int (k + 1), "title", v_str (template_points[k].title),
                   "placement", v_str (template_points[k].placement), NULL);
    }

  for (i = 1; i < N_AREAS; i++)
    d->area[i] = demo_insert (d, "subject_area", "name", v_str (areas[i]), NULL);

  for (i = 0; i < G_N_ELEMENTS (routing_rules); i++)
    demo_insert (d, "routing_rule", "body_id", v_int (d->body[routing_rules[i].body]),
                 "item_type", v_str (routing_rules[i].item_type),
                 "subject_area_id", v_id (d->area[routing_rules[i].area]),
                 "reason", v_str (routing_rules[i].reason), NULL);

  for (i = 1; i < N_PERSONS; i++)
    {
      gboolean official = persons[i].department != NULL;
      g_autofree char *ascii = g_str_to_ascii (persons[i].name, "C");
      g_autofree char *login = g_ascii_strdown (g_strdelimit (ascii, " ", '.'), -1);
      g_autofree char *email = g_strconcat (login, "@region.example.se", NULL);
      g_autofree char *phone = g_strdup_printf ("010-480 %02u %02u", 10 + (guint) i, 2 * (guint) i);

      d->person[i] = demo_insert (d, "person", "name", v_str (persons[i].name),
                                  "kind", v_str (official ? "official" : "elected"),
                                  "party", v_str (persons[i].party),
                                  "department", v_str (persons[i].department),
                                  "title", v_str (persons[i].title), "email", v_str (email),
                                  "phone", v_str (official ? phone : NULL), NULL);
    }
}

static void
fill_networks (Demo *d)
{
  int year = g_date_get_year (&d->today);
  gsize i;

  for (i = 1; i < N_NETWORKS; i++)
    {
      const DemoNetwork *n = &networks[i];

      d->network[i] = demo_insert (d, "network", "name", v_str (n->name),
                                   "acronym", v_str (n->acronym), "kind", v_str (n->kind),
                                   "description", v_str (n->description),
                                   "website", v_str (n->website), "scope", v_str (n->scope),
                                   "responsible_body_id", v_id (d->body[n->responsible]),
                                   "next_review_on", v_date (d, n->next_review_on), NULL);
      demo_links (d, "network_goal", "network_id", d->network[i], "goal_id", n->goals,
                  G_N_ELEMENTS (n->goals), NULL);
    }

  for (i = 1; i < N_NETWORK_BODIES; i++)
    d->network_body[i] = demo_insert (d, "network_body",
                                      "network_id", v_int (d->network[network_bodies[i].network]),
                                      "name", v_str (network_bodies[i].name),
                                      "kind", v_str (network_bodies[i].kind),
                                      "seats", v_int (network_bodies[i].seats), NULL);

  for (i = 0; i < G_N_ELEMENTS (memberships); i++)
    demo_insert (d, "membership", "network_id", v_int (d->network[memberships[i].network]),
                 "status", v_str (memberships[i].status),
                 "via_network_id", v_id (d->network[memberships[i].via]),
                 "from_on", v_date (d, memberships[i].from_on),
                 "to_on", v_date (d, memberships[i].to_on),
                 "deciding_body_id", v_id (d->body[memberships[i].body]),
                 "decision_reference", v_str (memberships[i].reference),
                 "activity", v_str (memberships[i].activity),
                 "notice_period", v_str (memberships[i].notice),
                 "notes", v_str (memberships[i].notes), NULL);

  /* Last year's fee and this year's, in EUR at a rate or else in SEK. */
  for (i = 0; i < 2 * G_N_ELEMENTS (fees); i++)
    {
      gboolean last = i % 2 == 0;
      double rate = last ? fees[i / 2].last_rate : fees[i / 2].rate;
      double amount = last ? fees[i / 2].last_amount : fees[i / 2].amount;

      demo_insert (d, "fee", "network_id", v_int (d->network[fees[i / 2].network]),
                   "year", v_int (last ? year - 1 : year), "amount", g_variant_new_double (amount),
                   "currency", v_str (rate > 0 ? "EUR" : "SEK"),
                   "sek_rate", rate > 0 ? g_variant_new_double (rate) : NULL,
                   "notes", v_str (fees[i / 2].notes), NULL);
    }

  for (i = 0; i < G_N_ELEMENTS (reviews); i++)
    demo_insert (d, "network_review", "network_id", v_int (d->network[reviews[i].network]),
                 "reviewed_on", v_date (d, reviews[i].reviewed_on),
                 "outcome", v_str (reviews[i].outcome), "note", v_str (reviews[i].note), NULL);

  for (i = 1; i < N_QUESTIONS; i++)
    {
      d->question[i] = demo_insert (d, "influence_question", "title", v_str (questions[i].title),
                                    "description", v_str (questions[i].description),
                                    "scope", v_str (questions[i].scope),
                                    "plan_body_id", v_int (d->body[questions[i].body]),
                                    "year", v_int (year),
                                    "priority", v_int (questions[i].priority), NULL);
      demo_links (d, "network_influence_question", "influence_question_id", d->question[i],
                  "network_id", questions[i].networks, G_N_ELEMENTS (questions[i].networks),
                  d->network);
    }
}

static void
fill_assignments (Demo *d)
{
  gsize i;

  for (i = 1; i < N_ASSIGNMENTS; i++)
    {
      const DemoAssignment *a = &assignments[i];
      GVariant *to_on = NULL;
      GDate date;

      /* A mandate of this term that ends early never outlasts the term. */
      if (a->to_on != NULL)
        {
          demo_date (d, a->to_on, &date);
          if (g_str_equal (a->from_on, "T0") && g_date_compare (&date, &d->term_end) > 0)
            date = d->term_end;
          to_on = v_gdate (&date);
        }
      d->assignment[i] = demo_insert (d, "assignment", "person_id", v_int (d->person[a->person]),
                                      "network_id", v_id (d->network[a->network]),
                                      "network_body_id", v_id (d->network_body[a->network_body]),
                                      "forum", v_str (a->forum), "role", v_str (a->role),
                                      "mandate", v_str (a->mandate),
                                      "from_on", v_date (d, a->from_on), "to_on", to_on,
                                      "appointing_body_id", v_id (d->body[a->body]),
                                      "decision_reference", v_str (a->reference),
                                      "candidacy", v_str (a->candidacy), NULL);
    }
}

static void
meeting_date (Demo  *d,
              int    meeting,
              GDate *date)
{
  demo_date (d, meetings[meeting].held_on, date);
  while (meetings[meeting].weekday != 0 && g_date_get_weekday (date) != meetings[meeting].weekday)
    g_date_add_days (date, 1);
}

static void
fill_events (Demo *d)
{
  gsize i;

  for (i = 1; i < N_EVENTS; i++)
    d->event[i] = demo_insert (d, "forum_event", "network_id", v_id (d->network[events[i].network]),
                               "network_body_id", v_id (d->network_body[events[i].network_body]),
                               "title", v_str (events[i].title),
                               "starts_on", v_date (d, events[i].starts_on),
                               "ends_on", v_date (d, events[i].ends_on),
                               "place", v_str (events[i].place), "notes", v_str (events[i].notes),
                               NULL);

  for (i = 0; i < G_N_ELEMENTS (attendees); i++)
    {
      const DemoAssignment *a = &assignments[attendees[i].assignment];
      gint64 event = d->event[attendees[i].event];
      gint64 assignment = d->assignment[attendees[i].assignment];
      GVariant *presented_on = NULL;
      GDate due_on, date;

      demo_insert (d, "event_attendance", "event_id", v_int (event),
                   "person_id", v_int (d->person[a->person]),
                   "assignment_id", v_int (assignment), NULL);
      if (attendees[i].status == NULL)
        continue;

      demo_date (d, events[attendees[i].event].ends_on, &due_on);
      g_date_add_days (&due_on, 21);
      if (g_str_equal (attendees[i].status, "presented"))
        {
          meeting_date (d, attendees[i].meeting, &date);
          presented_on = v_gdate (&date);
        }
      d->report[i] = demo_insert (d, "report", "event_id", v_int (event),
                                  "person_id", v_int (d->person[a->person]),
                                  "assignment_id", v_int (assignment),
                                  "body_id", v_int (d->body[a->body]),
                                  "status", v_str (attendees[i].status),
                                  "due_on", v_gdate (&due_on),
                                  "received_on", v_date (d, attendees[i].received_on),
                                  "presented_on", presented_on,
                                  "subject_areas", v_str (attendees[i].subject_areas),
                                  "positions", v_str (attendees[i].positions),
                                  "continued_work", v_str (attendees[i].continued_work),
                                  "home_work", v_str (attendees[i].home_work),
                                  "reminded_on", v_date (d, attendees[i].reminded_on), NULL);
    }
}

/* The steps an item took to reach its status, spread from its arrival to its meeting. */
static void
fill_transitions (Demo           *d,
                  const DemoItem *item,
                  gint64          item_id)
{
  gboolean tabled = g_strcmp0 (item->decision, "tabled") == 0;
  const char *path[G_N_ELEMENTS (workflow) + 2] = { workflow[0], };
  GDate start, end;
  guint n = 1, last, k;

  if (g_str_equal (item->status, "declined") || g_str_equal (item->status, "written-off"))
    {
      if (item->relevant != REL_UNKNOWN)
        path[n++] = "assessed";
      path[n++] = item->status;
    }
  else
    {
      for (; n < G_N_ELEMENTS (workflow) && !g_str_equal (path[n - 1], item->status); n++)
        path[n] = workflow[n];
      if (tabled)
        {
          path[n++] = "on-agenda";
          path[n++] = "ready";
        }
    }

  demo_date (d, item->received_on, &start);
  end = d->today;
  g_date_subtract_days (&end, 1);
  if (item->decision != NULL)
    meeting_date (d, item->meeting, &end);
  if (g_date_compare (&end, &start) < 0)
    end = start;
  /* The extract is dispatched once the minutes are approved and posted. */
  last = g_str_equal (item->status, "dispatched") ? n - 2 : n - 1;

  for (k = 0; k < n; k++)
    {
      GDate on = k > last ? end : start;
      g_autofree char *changed_at = NULL;
      char day[16];

      if (k > last)
        g_date_add_days (&on, 8);
      else if (last > 0)
        g_date_add_days (&on, g_date_days_between (&start, &end) * k / last);
      format_date (&on, day);
      changed_at = g_strdup_printf ("%sT%02u:%02u:00Z", day, 8 + k, (k * 17) % 60);
      demo_insert (d, "item_transition", "item_id", v_int (item_id),
                   "from_status", v_str (k > 0 ? path[k - 1] : NULL), "to_status", v_str (path[k]),
                   "reason", v_str (k + 1 < n ? NULL : tabled ? "Bordlagt" : item->reason),
                   "changed_at", v_str (changed_at), "changed_by", v_str ("demo"), NULL);
    }
}

/* The att-clauses of an item's proposal, or of the decision recorded on its agenda entry. */
static void
fill_clauses (Demo           *d,
              const DemoItem *item,
              const char     *owner_column,
              gint64          owner_id,
              gboolean        decided)
{
  const char *texts[G_N_ELEMENTS (item->clauses) + 1];
  const char *instead = NULL;
  gsize i, n = 0;

  for (i = 0; i < G_N_ELEMENTS (item->clauses) && item->clauses[i] != NULL; i++)
    texts[n++] = item->clauses[i];
  if (decided && g_strcmp0 (item->decision, "amended") == 0)
    texts[n++] = item->amendment;
  /* A tabled or declined proposal leaves one clause that says so. */
  if (decided && g_strcmp0 (item->decision, "tabled") == 0)
    instead = "att bordlägga ärendet till nästa sammanträde";
  else if (decided && g_strcmp0 (item->decision, "declined") == 0)
    instead = "att avslå förslaget";
  if (instead != NULL)
    {
      texts[0] = instead;
      n = 1;
    }

  for (i = 0; i < n; i++)
    {
      gboolean assigns = decided && item->responsible != 0
                         && g_str_has_prefix (texts[i], "att uppdra");

      demo_insert (d, "clause", owner_column, v_int (owner_id), "position", v_int (i + 1),
                   "text", v_str (texts[i]),
                   "responsible_id", assigns ? v_int (d->person[item->responsible]) : NULL,
                   "due_on", assigns ? v_date (d, item->due_on) : NULL,
                   "completed_on", assigns ? v_date (d, item->completed_on) : NULL, NULL);
    }
}

static void
fill_items (Demo *d)
{
  gsize i, k;

  for (i = 0; i < G_N_ELEMENTS (items); i++)
    {
      const DemoItem *item = &items[i];
      gboolean relevant = item->relevant == REL_YES;
      gboolean routed = relevant && !g_str_equal (item->status, "declined");
      gint64 body = d->body[item->body];
      g_autofree char *diary_number = NULL;
      guint position = 0;
      GDate received_on;
      gint64 id;

      demo_date (d, item->received_on, &received_on);
      diary_number = g_strdup_printf ("%s %u/%d", bodies[item->body].short_name,
                                      (guint) g_date_get_year (&received_on), item->serial);
      id = d->item[i] = demo_insert (d, "item", "diary_number", v_str (diary_number),
                                     "diary_body_id", v_int (body),
                                     "diary_year", v_int (g_date_get_year (&received_on)),
                                     "title", v_str (item->title), "type", v_str (item->type),
                                     "description", v_str (item->description),
                                     "received_on", v_gdate (&received_on),
                                     "reply_by", v_date (d, item->reply_by),
                                     "subject_area_id", v_id (d->area[item->area]),
                                     "case_officer_id", v_id (d->person[item->officer]),
                                     "status", v_str (item->status),
                                     "status_reason", v_str (item->reason),
                                     "relevant", item->relevant ? v_int (relevant) : NULL,
                                     "recommended_body_id", relevant ? v_int (body) : NULL,
                                     "assessment", v_str (item->assessment),
                                     "routed_body_id", routed ? v_int (body) : NULL,
                                     "confidential", v_int (item->confidential), NULL);
      if (id == 0)
        return;

      fill_transitions (d, item, id);
      fill_clauses (d, item, "item_id", id, FALSE);
      /* Beslutsunderlag: the officials' memo first, then the papers of the matter. */
      for (k = 0; k <= G_N_ELEMENTS (item->documents); k++)
        {
          const char *title = k > 0 ? item->documents[k - 1]
                                    : item->clauses[0] != NULL ? "Tjänsteskrivelse" : NULL;

          if (title != NULL)
            demo_insert (d, "document", "item_id", v_int (id), "position", v_int (++position),
                         "title", v_str (title), "file_path", v_str (""), NULL);
        }
      demo_links (d, "item_network", "item_id", id, "network_id", item->networks,
                  G_N_ELEMENTS (item->networks), d->network);
      demo_links (d, "item_influence_question", "item_id", id, "influence_question_id",
                  item->questions, G_N_ELEMENTS (item->questions), d->question);
      demo_links (d, "item_goal", "item_id", id, "goal_id", item->goals,
                  G_N_ELEMENTS (item->goals), NULL);
    }
}

/*
 * Adds an entry to the agenda. Once the meeting is held, a numbered entry takes
 * the next paragraph of its body's series for the year, which runs across meetings.
 */
static gint64
add_entry (Demo       *d,
           Agenda     *agenda,
           const char *kind,
           const char *title,
           const char *target_column,
           gint64      target_id,
           int         presenter,
           gboolean    numbered,
           const char *decision,
           const char *note)
{
  int body = meetings[agenda->meeting].body;
  guint year = g_date_get_year (&agenda->held_on);
  gboolean in_minutes = agenda->held && numbered;

  if (in_minutes && d->paragraph_year[body] != year)
    {
      d->paragraph_year[body] = year;
      d->paragraph[body] = (g_date_get_month (&agenda->held_on) - 1) * 8;
    }

  return demo_insert (d, "agenda_entry", "meeting_id", v_int (d->meeting[agenda->meeting]),
                      "position", v_int (++agenda->position), "kind", v_str (kind),
                      "title", v_str (title), target_column, v_id (target_id),
                      "presenter_id", v_id (d->person[presenter]),
                      "estimated_minutes", v_int (target_id != 0 ? 15 : 2),
                      "paragraph", in_minutes ? v_int (++d->paragraph[body]) : NULL,
                      "paragraph_body_id", in_minutes ? v_int (d->body[body]) : NULL,
                      "paragraph_year", in_minutes ? v_int (year) : NULL,
                      "decision", agenda->held ? v_str (decision) : NULL,
                      "decision_note", agenda->held ? v_str (note) : NULL, NULL);
}

static void
fill_standard_points (Demo     *d,
                      Agenda   *agenda,
                      gboolean  end)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (template_points); i++)
    {
      const char *title = template_points[i].title;
      gboolean numbered = template_points[i].numbered;
      g_autofree char *note = NULL;

      if (g_str_equal (template_points[i].placement, "end") != end)
        continue;
      if (g_str_has_prefix (title, "Val av justerare"))
        note = g_strdup_printf ("%s utses att jämte ordföranden justera protokollet.",
                                persons[meetings[agenda->meeting].checker].name);
      add_entry (d, agenda, "standard", title, "item_id", 0, PER_NONE, numbered,
                 numbered ? "as-proposed" : NULL, note);
    }
}

/* Standing points, then the items and reports brought to the meeting, then the end points. */
static void
fill_agenda (Demo   *d,
             Agenda *agenda)
{
  int body = meetings[agenda->meeting].body;
  gsize i, k;
  int position;

  /* The working committee's coming meeting has no agenda yet. */
  if (body == BODY_RSAU)
    return;

  fill_standard_points (d, agenda, FALSE);
  for (i = 0; i < G_N_ELEMENTS (items); i++)
    {
      const DemoItem *item = &items[i];
      gint64 entry;

      if (item->meeting != agenda->meeting)
        continue;
      entry = add_entry (d, agenda, "item", item->title, "item_id", d->item[i], item->officer,
                         TRUE, item->decision, item->note);
      if (!agenda->held || entry == 0)
        continue;
      fill_clauses (d, item, "agenda_entry_id", entry, TRUE);
      /* Exp till: the body's usual recipients and the case officer. */
      for (k = 0; k <= G_N_ELEMENTS (distribution[body]); k++)
        {
          const char *recipient = k < G_N_ELEMENTS (distribution[body])
                                    ? distribution[body][k] : persons[item->officer].name;

          if (recipient != NULL && g_strcmp0 (item->decision, "tabled") != 0)
            demo_insert (d, "distribution", "agenda_entry_id", v_int (entry),
                         "recipient", v_str (recipient), NULL);
        }
      for (k = 0, position = 0; k < G_N_ELEMENTS (minutes_statements); k++)
        if (minutes_statements[k].body == item->body
            && minutes_statements[k].serial == item->serial)
          demo_insert (d, "statement", "agenda_entry_id", v_int (entry),
                       "position", v_int (++position),
                       "kind", v_str (minutes_statements[k].kind),
                       "author", v_str (minutes_statements[k].author),
                       "text", v_str (minutes_statements[k].text), NULL);
    }
  for (i = 0; i < G_N_ELEMENTS (attendees); i++)
    {
      g_autofree char *title = NULL;
      gint64 entry;

      if (attendees[i].meeting != agenda->meeting)
        continue;
      title = g_strdup_printf ("Återrapport: %s", events[attendees[i].event].title);
      entry = add_entry (d, agenda, "report", title, "report_id", d->report[i],
                         assignments[attendees[i].assignment].person, TRUE, "noted", NULL);
      if (agenda->held && entry != 0)
        demo_insert (d, "clause", "agenda_entry_id", v_int (entry), "position", v_int (1),
                     "text", v_str ("att lägga återrapporten till handlingarna"), NULL);
    }
  fill_standard_points (d, agenda, TRUE);
}

static void
fill_meetings (Demo *d)
{
  int i;

  for (i = 1; i < N_MEETINGS; i++)
    {
      const DemoMeeting *m = &meetings[i];
      Agenda agenda = { .meeting = i };
      const DemoSeat *seat;
      GDate deadline, approved, posted;

      meeting_date (d, i, &agenda.held_on);
      agenda.held = g_date_compare (&agenda.held_on, &d->today) < 0;
      deadline = approved = agenda.held_on;
      g_date_subtract_days (&deadline, bodies[m->body].deadline_days);
      /* The minutes are approved a week after the meeting and posted the day after. */
      g_date_add_days (&approved, 7);
      posted = approved;
      g_date_add_days (&posted, 1);

      d->meeting[i] = demo_insert (d, "meeting", "body_id", v_int (d->body[m->body]),
                                   "held_on", v_gdate (&agenda.held_on),
                                   "starts_at", v_str (m->starts_at), "place", v_str (m->place),
                                   "agenda_deadline", v_gdate (&deadline),
                                   "status", v_str (agenda.held ? "minutes-approved" : "planned"),
                                   "chair_id", v_int (d->person[seats[m->body][0].person]),
                                   "checker_id", v_id (d->person[m->checker]),
                                   "approved_on", agenda.held ? v_gdate (&approved) : NULL,
                                   "posted_on", agenda.held ? v_gdate (&posted) : NULL, NULL);

      for (seat = seats[m->body]; agenda.held && seat->person != 0; seat++)
        {
          gboolean serving = m->absent != 0 && g_str_equal (seat->role, "deputy");

          demo_insert (d, "attendance", "meeting_id", v_int (d->meeting[i]),
                       "person_id", v_int (d->person[seat->person]),
                       "role", v_str (serving ? "serving-deputy" : seat->role),
                       "present", v_int (seat->person != m->absent), NULL);
        }
      fill_agenda (d, &agenda);
    }
}

gboolean
ber_demo_fill (BerStore  *store,
               gpointer   user_data,
               GError   **error)
{
  static void (*const steps[]) (Demo *) = {
    fill_organisation, fill_networks, fill_assignments, fill_events, fill_items, fill_meetings,
  };
  g_autofree Demo *d = NULL;
  const char *today;
  int year, month, day;
  gsize i;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  today = ber_store_get_today (store);
  if (today == NULL || sscanf (today, "%4d-%2d-%2d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   "The store's today “%s” is not a date", today != NULL ? today : "");
      return FALSE;
    }

  d = g_new0 (Demo, 1);
  d->store = store;
  g_date_set_dmy (&d->today, day, month, year);
  /* Terms of office run four years from 1 January after an election, as 2023–2026. */
  year -= ((year - 2023) % 4 + 4) % 4;
  g_date_set_dmy (&d->term_start, 1, G_DATE_JANUARY, year);
  g_date_set_dmy (&d->term_end, 31, G_DATE_DECEMBER, year + 3);

  for (i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      steps[i] (d);
      if (d->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&d->error));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * ber_demo_create:
 *
 * Creates a new register at @path filled with the demo data; an existing
 * file is never overwritten.
 */
gboolean
ber_demo_create (const char  *path,
                 GError     **error)
{
  return ber_store_create (path, ber_demo_fill, NULL, error);
}
