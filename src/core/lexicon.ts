/**
 * Word lists the pipeline consults. All entries are lower case; look tokens up
 * with `token.lower`. Kept in one place so tuning never means hunting regexes.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/).map(internalized));

/**
 * The engine's one shared copy of `word` (V8 internalizes property keys, and short strings that JSON.parse reads).
 * Every token's `lower` and every listed word is one: the rules compare a token's word with word constants and
 * look it up in these lists hundreds of times a paragraph, and when both sides are shared copies the engine
 * compares their addresses, not their characters.
 */
export function internalized(word: string): string {
  // making one costs a few hundred nanoseconds: the copies made are kept (words over 12 units, and words the
  // tokenizer's table has let go, come back every article)
  let shared = sharedWords.get(word);
  if (shared !== undefined) return shared;
  // an array index (`2024`) is no property key: it is stored as a number
  if (word.length <= 10 && isAsciiDigits(word)) shared = JSON.parse(`"${word}"`) as string;
  else {
    // (an object without a prototype keeps its keys in a dictionary: a literal `{ [word]: 0 }` would make a
    // hidden class for every new word)
    const holder: Record<string, number> = Object.create(null);
    holder[word] = 0;
    shared = Object.keys(holder)[0];
  }
  if (sharedWords.size >= 1 << 14) sharedWords.clear();
  sharedWords.set(shared, shared);
  return shared;
}

/** The shared copies internalized made, by their words (each key is its own value: no key holds on to a document's text). */
const sharedWords = new Map<string, string>();

/** Whether `s` is one or more ASCII digits (`2024`). */
export function isAsciiDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** Verbs (all forms) that report speech: the cue of a statement. */
export const SPEECH_VERBS = set(`
  blamed blames blaming beamed beams enthused enthuses raved raves sniped snipes muttered mutters screamed screams chanted chants chanting
  teased teases cheered laughed laughs smiled smiles signalled signaled signals signalling signaling
  say says said saying tell tells told telling add adds added adding ask asks asked asking
  explain explains explained explaining note notes noted noting state states stated stating
  argue argues argued arguing claim claims claimed claiming insist insists insisted insisting
  warn warns warned warning write writes wrote writing continue continues continued
  conclude concludes concluded acknowledge acknowledges acknowledged acknowledging accepted
  admit admits admitted admitting announce announces announced announcing declare declares declared
  reply replies replied replying respond responds responded recall recalls recalled recalling remembers remembered
  interject interjects interjected propose proposes proposed
  objected disagree disagrees disagreed texted emailed messaged notify notifies notified reminding
  suggest suggests suggested suggesting recommend recommends recommended urge urges urged urging hail hails hailed
  point points pointed tweet tweets tweeted tweeting post posted confirm confirms confirmed confirming
  deny denies denied denying emphasize emphasizes emphasized emphasise emphasises emphasised
  stress stresses stressed predict predicts predicted caution cautions cautioned
  complain complains complained remark remarks remarked observe observes observed
  testify testifies testified estimate estimates estimated maintain maintains maintained
  contend contends contended counter counters countered muse mused quip quips quipped
  joke jokes joked joking concede concedes conceded vow vows vowed promise promises promised
  pledge pledges pledged repeat repeats repeated reiterate reiterates reiterated shout shouted
  yell yelled whisper whispered recount recounts recounted describe describes described
  wonder wonders wondered speculate speculates speculated proclaim proclaimed allege alleges alleged alleging
  charge charges charged assure assures assured remind reminds reminded reveal reveals revealed
  disclose discloses disclosed indicate indicates indicated lament laments lamented boast boasts boasted
  brag bragged retort retorts retorted crow crowed sniff sniffed confess confesses confessed
  scold scolds scolded blurt blurted stutter stuttered exclaim exclaimed demand demands demanded
  criticize criticized criticise criticised accuse accuses accused accusing inform informs informed questioned
  advise advises advised report reports reported believe believes believed think thinks thought
  agree agrees agreed predicted cite cites cited mention mentions mentioned insisted
  praised denounced condemned slammed ruled ruling
  rejects rejected
  blasted dismissed lauded decry decries decried deplore deplores deplored bemoan bemoans bemoaned lambasted derided excoriated assailed
  call called calls calling asserted asserts assert specified explained elaborated adding
  demur demurs demurred snap snapped sigh sighed deadpan deadpanned opine opines opined posit posited
  venture ventured gush gushed scoff scoffed marvel marveled marvelled chuckle chuckled grumble grumbled
  plead pleads pleaded beg begged implore implored reason reasoned surmise surmised tout touts touted
  rail railed fume fumed groan groaned concur concurred acknowledging predicting insisting
  clarify clarifies clarified hint hints hinted hinting underscore underscores underscored
  answer answers answered refer refers referred
  quipping stressing complaining estimating maintaining contending conceding vowing pledging indicating concluding
  boasting confessing lamenting reiterating emphasizing emphasising asserting testifying cautioning disclosing
  recounting observing underscoring speculating
`);

/** Verbs by which a document reports (`the poll shows …`, `a study found that …`); cues only with a document subject. */
export const EVIDENCE_VERBS = set(`show shows showed shown find finds found finding suggest suggests suggested indicate indicates indicated
  conclude concludes concluded estimate estimates estimated project projects projected reveal reveals revealed`);

/** Speech verbs that, as a bare cue after a quote (`…,” X ___.`), almost surely attribute it. */
export const STRONG_AFTER_QUOTE = set(`
  said says say told tells added adds asked asks explained explains noted notes wrote writes
  continued continues concluded concludes recalled recalls replied replies responded responds
  argued argues insisted insists warned warns stated states declared declares admitted admits
  acknowledged acknowledges quipped joked tweeted posted laughed laughs cried cries shouted
  whispered remarked observed conceded countered retorted crowed sniffed confessed scolded
  blurted stuttered exclaimed boasted bragged lamented mused predicted promised vowed pledged
  added assured reiterated repeated emphasized emphasised stressed cautioned complained
  suggested claimed offered explained announced confirmed said
  demanded pleaded yelled screamed interjected answered wondered sighed snapped barked muttered murmured mumbled chanted
`);

/** Cue verbs that introduce a reported clause (`X said (that) …`). */
export const CLAUSE_VERBS = set(`
  say says said saying tell tells told telling ruled ruling add adds added adding explain explains explained signal signals signalled signaled signalling signaling
  note notes noted noting state states stated argue argues argued arguing claim claims claimed claiming
  insist insists insisted insisting warn warns warned warning acknowledge acknowledges acknowledged accepted
  admit admits admitted announce announces announced declare declares declared suggest suggests suggested recommend recommends recommended
  confirm confirms confirmed deny denies denied emphasize emphasized emphasise emphasised stress stressed
  predict predicts predicted complain complained estimate estimates estimated maintain maintains maintained
  contend contends contended concede concedes conceded vow vowed promise promised pledge pledged
  reiterate reiterated allege alleges alleged charge charges charged charging assure assures assured remind reminded reveal revealed
  indicate indicates indicated believe believes believed think thinks thought report reports reported
  write writes wrote recall recalled repeat repeated concluded conclude concludes
  hope hopes hoped fear fears feared expect expects expected agree agreed
  caution cautioned testify testified disclose disclosed inform informed advise advised
  lament lamented boast boasted confess confessed urge urged
  joke jokes joked joking quip quips quipped quipping
  recalls repeats complains admits stresses emphasizes emphasises vows promises pledges reiterates reminds reveals
  cautions testifies discloses informs advises laments boasts confesses urges agrees
  noting explaining insisting warning acknowledging admitting announcing declaring suggesting confirming denying
  stressing predicting complaining estimating maintaining contending conceding vowing promising pledging
  alleging assuring reminding revealing indicating reporting writing recalling repeating concluding
  boasting confessing lamenting stating reiterating emphasizing emphasising stressing asserting testifying cautioning disclosing
  recounting observing remarking hinting underscoring clarifying speculating arguing
  reply replies replied replying countered retorted remarked observed respond responds responded responding
  interject interjects interjected proposed proposes
  demand demands demanded objected disagreed disagrees pleaded pleads mused muses whispered whispers shouted shouts
  texted emailed messaged elaborated notified notifies
  assert asserts asserted speculate speculates speculated reasoned surmised recounted mentioned answered
  clarify clarifies clarified hint hints hinted underscore underscores underscored opined posited
  posted tweeted
`);

/** Cues that report a clause only after `that` (`proposed that the first hour be free`; `proposed a tax`, `the day Sanders had proposed, he …`). */
export const THAT_ONLY_CUES = set(`propose proposes proposed interject interjects interjected elaborated texted emailed messaged notified notifies objected disagreed
  charge charges charged charging`);

/** Cues whose object is as often a noun phrase as a clause (`denied wrongdoing`, `suggested a change`). */
export const NOUN_OBJECT_CUES = set(`deny denies denied suggest suggests suggested confirm confirms confirmed
  respond responds responded responding rejects rejected agree agrees agreed demand demands demanded objected disagreed pleaded
  remembers remembered maintain maintains maintained maintaining
  texted emailed messaged notified
  announce announces announced admit admits admitted acknowledge acknowledges acknowledged accepted questioned predict predicts
  predicted estimate estimates estimated reveal reveals revealed promise promises promised pledge pledged
  vow vowed lament laments lamented disclose discloses disclosed repeat repeated recall recalled
  write writes wrote report reports reported concede conceded confess confessed
  denying suggesting confirming announcing admitting acknowledging predicting estimating revealing promising
  pledging vowing lamenting repeating recalling writing reporting conceding confessing stressing
  countered observed mentioned recounted clarify clarifies clarified underscore underscores underscored
  answered point points pointed pointing posted tweeted declare declares declared declaring rule rules ruled ruling
  signal signals signalled signaled signalling signaling
  emphasize emphasizes emphasized emphasizing emphasise emphasised emphasising stress stresses stressed underscoring
  disclosing recounting observing indicating cautioning boasting quipping testifying
  boast boasts boasted recalls repeats vows pledges concedes confesses`);

/** Auxiliaries and copulas: a reported clause without `that` has one (`denied the firm had …`). */
export const AUXILIARIES = set(`is are was were be been am has have had will would could can should
  may might must shall did does do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't
  couldn't can't cannot shouldn't didn't doesn't don't`);

/** Prepositions that can end a relative clause whose object is missing (`the friends she could count on`). */
export const STRANDED_PREPOSITIONS = set(`on to with about for from of at in by into upon`);

/** Verbs after which the next noun phrase is the listener, not the clause (`told reporters …`). */
export const OBJECT_VERBS = set(`tell tells told telling assure assures assured remind reminds reminded
  inform informs informed warn warns warned advise advises advised urge urges urged promise promises promised
  texted emailed messaged notified notifies reminding`);

/** Listener words skipped after an object verb. */
export const LISTENERS = set(`reporters journalists him her them us me you lawmakers parliament
  supporters media press audience crowd news interviewer viewers listeners readers
  congress senators members delegates students workers attendees conference briefing meeting rally
  committee hearing panel forum summit gathering interviewers police investigators detectives officers prosecutors
  authorities officials regulators judges jurors legislators voters employees colleagues friends relatives
  neighbours neighbors analysts investors shareholders customers fans parents doctors nurses donors residents
  breakfast lunch luncheon dinner gala convention session caucus town-hall webinar jury court judge tribunal inquiry commission
  council legislature mps senate house paper newspaper magazine station network outlet broadcaster podcast programme
  councillors councilors trustees commissioners aldermen supervisors board teachers inquest coroner magistrates hearings`);

/** Adverbs that end the names of groups and outlets (`Peace Now`, `USA Today`, `Britain First`); no person's name ends in one. */
export const NAME_ENDING_ADVERBS: ReadonlySet<string> = new Set(['now', 'today', 'tonight', 'here', 'again', 'first']);

/** The count before `times` in `several times said`, `claimed many times that`. */
export const COUNTED_TIMES = /^(several|many|multiple|numerous|countless|two|three|four|five|six|\d+)$/;

/** Adverbs and auxiliaries that may sit between a speaker and the cue. */
export const CUE_FILLERS = set(`also later then previously recently again once has have had has
  would will could might may did does do not never further earlier repeatedly publicly privately
  simply just quickly flatly first often frequently reportedly allegedly subsequently finally
  separately yesterday today initially himself herself themselves itself myself ourselves only long still now already there here twice`);

/** Title words that are as often surnames: written alone and capitalised (`King said`, `Mr. Bishop`), they name a person. */
export const SURNAME_TITLES = set(`king bishop judge marshal dean prince earl baron knight abbott sheriff pope singer forward
  baker barber butcher tailor gardener monk deacon priest skipper trainer porter cardinal major constable`);

/**
 * Countries (and words that mark an international body): a name holding one speaks for a government or an
 * organization (`China said`, `Environment Canada`, `Amnesty International`). Countries that are also given names
 * (`Jordan`, `Georgia`, `Chad`) are left out.
 */
export const COUNTRY_WORDS = set(`canada america usa us uk britain england scotland wales ireland france germany italy spain
  portugal netherlands belgium switzerland austria sweden norway denmark finland iceland poland ukraine russia belarus
  hungary romania bulgaria greece turkey iran iraq syria lebanon egypt libya tunisia algeria morocco sudan ethiopia kenya
  nigeria ghana uganda tanzania rwanda somalia china japan korea taiwan vietnam thailand cambodia myanmar malaysia
  singapore indonesia philippines india pakistan afghanistan bangladesh nepal australia mexico brazil argentina chile
  colombia peru venezuela cuba haiti ecuador bolivia uruguay paraguay serbia croatia bosnia kosovo albania lithuania
  latvia estonia moldova armenia azerbaijan kazakhstan uzbekistan qatar kuwait oman yemen bahrain saudi israel
  international`);

/** Personal pronouns that can be the speaker of a statement. */
export const SUBJECT_PRONOUNS = set(`he she they it we i`);

export const PERSON_PRONOUNS = set(`he she`);

/** Words that start a clause (the reported clause after a cue without `that`). */
export const CLAUSE_STARTERS = set(`he she they it we i you there this these those the a an his her
  their its our my your some many most all no none one two three several both each every any
  nobody everyone everybody someone something nothing that what who how why when where whether if`);

/** Heads of lower-case noun phrases that can speak: `the spokesman said`, `analysts said`. */
export const SPEAKER_NOUNS = set(`
  billionaire mogul tycoon magnate businessman businesswoman entrepreneur actor actress singer rapper comedian novelist filmmaker
  front-runner frontrunner incumbent challenger contender contenders
  spokesman spokeswoman spokesperson spokespeople guard guards official officials analyst analysts expert experts
  source sources people person residents resident witness witnesses police critics critic lawyer lawyers interpreter translator
  attorney attorneys researchers researcher scientists scientist economist economists observers observer
  diplomat diplomats minister ministers president leader leaders chairman chairwoman chair director
  directors executive executives ceo cfo coo cto manager managers spokesmen spokeswomen officer officers
  authorities authority government company firm ministry department agency statement report
  study survey commission committee council union campaign group organizers organisers activists panel jury inquiry chamber estate
  activist protesters protester supporters supporter opponents opponent voters residents parents
  teachers doctors doctor nurses patients students student investigators investigator prosecutors
  prosecutor judge judges governor mayor senator senators lawmaker lawmakers legislators member members
  representatives representative secretary ambassador envoy aides aide adviser advisers advisor advisors
  staff employees workers worker owners owner founder co-founder partner partners neighbours neighbors
  friends friend family relatives mother father son daughter wife husband brother sister officials
  military army navy regulator regulators bank court team coach players player commissioner chief head boss
  administration cabinet party opposition insiders sources findings document documents poll polls
  survey surveys data figures letter note flyer flyers leaflet leaflets pamphlet pamphlets placard placards brochure filing filings website statement statements release memo
  pollsters strategists historians professor professors scholars academics author authors writer
  organizers officials spokesperson economists traders investors dealers bankers brokers
  participants respondents victims survivors villagers farmers fans viewer viewers users customers
  agent agents publicist publicists television tv radio media promoter promoters venue organiser operator operators
  investor trader banker broker dealer participant respondent victim survivor villager farmer fan user customer
  fellow fellows consultant consultants lobbyist lobbyists
  fisherman grower producer negotiator rebel militant soldier donor backer ally insider strategist historian
  scholar academic organizer organiser pollster citizen shopper commuter homeowner landlord tenant
  retiree veteran volunteer neighbour neighbor parent teacher nurse patient employee relative voter
  firefighter firefighters paramedic paramedics physician physicians surgeon surgeons man woman men women boy girl boys girls
  freshman sophomore chef cashier bartender waiter mechanic electrician janitor caretaker
  operative operatives contributor contributors pundit pundits machinist machinists pensioner pensioners
  commander captain auditor coroner treasurer inspector detective sergeant lieutenant colonel admiral sheriff marshal warden ranger trooper constable
  superintendent administrator supervisor coordinator comptroller ombudsman registrar clerk correspondent commentator columnist reporter editor
  pastor rabbi imam bishop archbishop priest
  driver drivers passenger passengers motorist motorists pedestrian pedestrians cyclist cyclists bystander bystanders onlooker onlookers
  attendee attendees spectator spectators tourist tourists visitor visitors traveller travellers traveler travelers refugee refugees
  migrant migrants inmate inmates prisoner prisoners detainee detainees suspect defendant defendants plaintiff plaintiffs juror jurors
  hiker hikers climber climbers diner diners guest guests caller callers pupil pupils teenager teenagers grandmother grandfather
  widow widower renter renters passerby passersby eyewitness eyewitnesses worshipper worshippers demonstrator demonstrators
`);

/** Of the heads above, those naming an organization rather than a person or group. */
export const ORG_NOUNS = set(`government company firm ministry department agency commission committee force church palace centers centres institutes chiefs
  council union campaign military army navy regulator bank court team administration cabinet party
  opposition police authority authorities airline carrier network broadcaster newspaper paper magazine daily tabloid outlet
  channel station club league federation association group organization organisation coalition alliance guild watchdog
  university college school hospital board office embassy consulate utility retailer maker manufacturer
  automaker insurer lender exchange institute foundation charity network studio publisher state city county
  province district municipality town township village service television tv radio media academy academies society collective cooperative co-op consortium partnership bureau centre center
  corporation tribunal parliament assembly panel jury inquiry chamber estate project initiative trust fund zoo museum library clinic
  gallery theatre theater orchestra`);

/** Of the heads above, those naming documents rather than speakers (kind "unknown"). */
export const DOCUMENT_NOUNS = set(`statement report study survey findings document documents poll polls
  surveys data figures letter note flyer flyers leaflet leaflets pamphlet pamphlets placard placards brochure filing filings website statements release memo analysis analyses research
  studies reports records audit review assessment investigation probe census numbers estimates projections
  plan proposal bill law ruling order decision complaint lawsuit ad ads missive editorial profile page account results
  article book transcript email emails notice notices tally count tool tracker database calculations forecast tweet polling
  suit lawsuits indictment petition affidavit motion verdict mailer mailers flier fliers`);

/** Words saying when, between a document's maker and what follows (`sent … from UFCW Local 832 late Friday said`, `released last month by`). */
export const WHEN_WORDS = set(`last this next on in early late earlier morning afternoon evening night week month year today yesterday
  monday tuesday wednesday thursday friday saturday sunday`);

/** Parts of a day after its name (`Tuesday night`). */
export const TIME_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Spans of time after `this` or `last` (`last week`). */
export const TIME_UNITS: ReadonlySet<string> = new Set(['day', 'days', 'weeks', 'months', 'years', 'decades', 'ago', 'week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** Determiners of the medium a speaker used (`in a statement`, `on his blog`). */
export const MEDIUM_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our']);

/** Words after which a clause, and so its subject, begins (`… on display when Musk took`, `and a supporter at a rally repeated`). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'including', 'because', 'when', 'as', 'though', 'although', 'if', 'then']);

/** Verbs of talking, cues only before `about` or `of` (`talked about`, `spoke of`): `spoke on condition of anonymity` says nothing. */
export const TALKING_VERBS: ReadonlySet<string> = new Set(['talked', 'talks', 'spoke', 'speaks']);

/** Prepositions opening a phrase of where, when or how someone spoke, between the speaker and the cue (`Trump at a rally said`). */
export const ADVERBIAL_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'with', 'during', 'from', 'via', 'to', 'near', 'inside', 'outside', 'aboard', 'amid']);

/** Modals: one after a subordinate clause shows the main clause has begun (`if the vote fails he would quit`). */
export const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'should', 'can', 'might', 'must', 'may', 'shall', "he'd", "she'd", "they'd",
  "it'll", "he'll", "she'll", "they'll"]);

/** Members of a party, as a description names them (`the Democrat`). */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'republican', 'liberal', 'conservative', 'libertarian', 'independent', 'tory', 'progressive']);

/** Participles saying a document was made or sent by whom `by` or `from` names next (`issued by the White House`, `compiled by`). */
export const AUTHORING_PARTICIPLES = set(`released published conducted issued compiled prepared produced written authored sent signed filed
  submitted posted commissioned`);

/** Verbs that with `back` answer someone (`shot back that …`, `fired back:`). */
export const BACK_CUES: ReadonlySet<string> = new Set(['shot', 'shoots', 'fired', 'fires', 'hit', 'hits', 'pushed', 'pushes', 'wrote', 'writes']);

/** A website's address, in lower case: `ouest-france.fr`, `politico.com`. */
export const WEB_ADDRESS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|co|io|news|info|tv|uk|ca|fr|de|es|it|au|in|ie|nz|eu)$/;

/** Title words that form a role before or after a name (`Chinese President Xi Jinping`). */
export const TITLE_WORDS = set(`
  president vice vice-president prime minister secretary chancellor premier king queen prince princess
  secretary-treasurer vice-chair vice-chairman vice-chairwoman co-chair co-chairman co-chairwoman co-founder president-elect mayor-elect
  governor-elect senator-elect editor-in-chief commander-in-chief secretary-general under-secretary-general director-general
  attorney-general solicitor-general governor-general auditor-general inspector-general surgeon-general co-author co-director
  co-leader co-president co-owner co-captain vice-chancellor vice-premier vice-mayor
  programmer curator producer author planner correspondent commentator member prosecutor
  passenger rider traveller traveler tourist visitor patient cyclist motorist pedestrian diner spectator attendee
  teammate classmate roommate colleague co-worker coworker administrator provost comptroller ombudsman coordinator supervisor
  closer catcher shortstop winger linebacker receiver outfielder infielder reliever swimmer sprinter skater golfer boxer jockey wrestler slugger rookie
  senator sen sen. rep rep. representative congressman congresswoman governor gov gov. mayor
  general gen gen. colonel col col. captain capt capt. lieutenant lt lt. sergeant sgt sgt. admiral brig brig. brigadier
  judge justice chief director ceo cfo coo cto chairman chairwoman chair spokesman spokeswoman spokesperson
  ambassador envoy commissioner inspector detective officer superintendent constable corporal
  const const. cst cst. cpl cpl. insp insp. supt supt. det det. staff-sgt s/sgt sgt-maj
  leader head founder executive manager coach professor prof prof. dr dr. doctor principal headteacher headmaster headmistress
  pope cardinal bishop archbishop reverend rev rev. rabbi imam sheikh sheriff undersheriff marshal coroner trooper warden ranger
  mr mr. mrs mrs. ms ms. miss sir dame lord lady honourable honorable hon hon.
  minister ministers foreign defence defense finance interior trade state deputy acting former
  attorney solicitor speaker whip treasurer auditor commander premier mp mla mpp backbencher frontbencher chairperson
  taoiseach tánaiste tanaiste td msp mep garda
  representatives senators reps reps. sens sens. congressmen congresswomen
  diplomat top senior spokesman analyst economist adviser advisor aide official
  councilman councilwoman councillor councilor coun coun. cllr cllr. cr cr. alderman alderwoman assemblyman assemblywoman trustee selectman selectwoman selectperson clerk registrar
  resident teacher nurse student lawyer witness neighbour neighbor activist protester voter worker engineer lawmaker legislator
  pastor shopkeeper volunteer organizer organiser researcher scientist physician surgeon editor reporter
  columnist veteran survivor historian lecturer principal owner critic retiree pensioner homeowner commuter shopper customer tenant
  biologist ecologist geologist chemist physicist epidemiologist virologist meteorologist climatologist sociologist
  psychologist psychiatrist archaeologist astronomer zoologist botanist pharmacist dentist veterinarian paramedic
  firefighter strategist pollster consultant entrepreneur businessman businesswoman novelist playwright filmmaker developer landlord
  photographer journalist comedian musician athlete goalie goaltender defenceman defenseman quarterback midfielder goalkeeper
  parent farmer rancher fisherman miner pilot driver contractor builder plumber electrician mechanic carpenter architect banker trader accountant
  candidate nominee challenger hopeful host co-host anchor co-anchor actor actress singer rapper songwriter star presenter broadcaster dancer designer artist poet chef striker pitcher forward
  substitute painter sculptor composer choreographer astronaut referee umpire plaintiff defendant juror mediator medic magistrate barrister
  therapist midwife caregiver instructor tutor vendor retailer florist keeper zookeeper archivist librarian beekeeper winemaker boss counsel
  sophomore freshman bartender waiter barista cashier postman postwoman baker butcher grocer janitor custodian caretaker gardener
  landscaper housekeeper nanny lifeguard trainer hairdresser barber tailor welder machinist dockworker longshoreman trucker courier
  salesman saleswoman receptionist dispatcher stylist optometrist chiropractor radiologist cardiologist oncologist pediatrician
  paediatrician neurologist anesthesiologist immunologist oceanographer glaciologist hydrologist seismologist volcanologist
  entomologist ornithologist statistician mathematician inventor lobbyist campaigner advocate priest nun monk deacon vicar chaplain
  pupil undergraduate intern apprentice trainee skipper cricketer marathoner mountaineer soldier interpreter translator caseworker negotiator promoter publicist forecaster
  `);

/** Honorifics that mark gender. */
export const MALE_TITLES = set(`mr mr. sir lord king prince father brother son husband congressman
  chairman spokesman councilman assemblyman alderman businessman sportsman policeman fireman anchorman selectman
  duke baron earl emperor grandfather uncle nephew boyfriend widower dad stepfather`);
export const FEMALE_TITLES = set(`mrs mrs. ms ms. miss dame lady queen princess mother sister daughter
  wife congresswoman chairwoman spokeswoman councilwoman assemblywoman alderwoman businesswoman sportswoman selectwoman
  policewoman firewoman anchorwoman actress waitress duchess baroness countess empress grandmother aunt
  niece girlfriend widow mom mum stepmother`);

/** Words in a capitalised name that make it an organization. */
export const ORG_WORDS = set(`ministry department office house council committee commission agency opposition division
  party inc inc. corp corp. co co. ltd ltd. llc plc fc afc cf ac palace centers centres institutes group company bank university college school
  institute foundation association union federation league organization organisation government
  police army navy force forces guard court parliament senate congress assembly authority board bureau
  service services network news times post press journal herald tribune reuters agence
  afp ap bloomberg xinhua cnn bbc cbs nbc abc fox msnbc npr pbs tass kremlin pentagon vatican
  administration campaign center centre hospital church airlines airways air aviation motors corporation academy society tribunal
  fund trust society club chamber council commission exchange markets unit division cabinet watch guild
  ministry coalition alliance movement front institution laboratory lab labs systems technologies
  energy holdings industries partners capital securities communications media studios team embassy consulate
  mission secretariat treasury programme program
  star globe mail sun gazette daily weekly magazine channel tv radio oilers flames leafs canucks jets
  senators canadiens raptors blue jays democrats republicans liberals conservatives greens tories
  socialists cup tour open championship championships league series games olympics festival awards
  transit transport transportation airport railway hydro health library museum zoo clinic rescue ambulance project initiative district municipality
  gallery theatre theater orchestra ledger courier chronicle observer examiner inquirer dispatch sentinel register review
  research economics analytics insights strategies consulting associates advisors advisers solutions ventures water utilities pharmaceuticals
  gallup ipsos yougov rasmussen quinnipiac marist monmouth nielsen conservancy collective partnership cooperative consortium
  real deportivo atletico atlético sporting dynamo dinamo united rovers wanderers athletic athletico racing olympique olympiakos inter fc afc cf albion hotspur`);

/** Nationality adjectives and place words that may open a role (`US Secretary of State`). */
export const NATIONALITIES = set(`us u.s. u.s american british chinese russian french german japanese
  indian canadian australian israeli palestinian iranian iraqi syrian turkish ukrainian korean
  south north mexican brazilian italian spanish european saudi egyptian pakistani afghan african
  nigerian kenyan irish scottish welsh taiwanese vietnamese thai indonesian philippine filipino
  dutch belgian swiss swedish norwegian danish finnish polish greek cuban venezuelan colombian
  argentine chilean peruvian uk eu un nato federal state provincial city county republican
  democratic democrat conservative liberal labour ndp gop`);

/** Capitalised words that never start or form a person's name. */
export const NOT_NAME_WORDS = set(`the a an and but or if when while as in on at to for of by from with
  this that these those it its he she they we i you his her their our my your there here
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul.
  aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. after before during since until
  however meanwhile also still yet so then now today yesterday tomorrow last next
  read more related photo video advertisement click see editing reporting writing
  according mr mrs ms dr`);

/** Words that introduce a title of a work or a name in quotes: not a statement. */
export const NAMING_WORDS = set(`so-called dubbed nicknamed titled entitled named called
  documentary film movie book novel album song single show series programme program play musical
  column article essay poem painting exhibition exhibit slogan hashtag motto brand label headline
  word term phrase phrases words terms newspaper magazine podcast episode chapter sign signs banner
  banners t-shirt shirt shirts hat hats cap caps theme opera ballet game app website blog report
  paper initiative operation project plan program bill act tagline catchphrase mantra nickname
  known billed branded labelled labeled marked reads read stamped line lines lyric lyrics chorus verse refrain`);

/** Of the naming words, the verbs and participles: what follows them is a name, whatever its case. */
export const NAMING_VERBS = set(`so-called dubbed nicknamed titled entitled named called known billed branded labelled labeled
  marked reads read stamped`);

/** Wire agencies as they appear in datelines and credits. */
export const AGENCIES = ['Reuters', 'AP', 'Associated Press', 'The Associated Press', 'AFP', 'Agence France-Presse',
  'Bloomberg', 'UPI', 'CP', 'The Canadian Press', 'Canadian Press', 'dpa', 'DPA', 'Xinhua', 'PA', 'ANSA', 'EFE',
  'Kyodo', 'Yonhap', 'TASS', 'Interfax', 'CNN', 'BBC', 'NPR', 'AAP', 'IANS', 'PTI', 'ANI', 'CNW', 'PRNewswire', 'GLOBE NEWSWIRE', 'BUSINESS WIRE'];

/** Abbreviations whose final period does not end a sentence. */
export const ABBREVIATIONS = set(`mr mrs ms dr st jr sr sen rep gov gen lt col sgt capt prof inc corp co ltd
  no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e rev maj adm cmdr
  ft mt messrs mme mlle hon est approx dept univ assn bros ave blvd rd coun cllr cr const cst cpl det insp supt pte atty msgr brig`);

/** Months, full and abbreviated, for datelines. */
export const MONTHS = set(`january february march april may june july august september october november
  december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
  nov nov. dec dec.`);

/** Plural group heads: a statement by these is by a group. */
export const GROUP_NOUNS = set(`analysts officials experts sources people residents witnesses critics
  lawyers attorneys researchers scientists economists observers diplomats leaders directors executives
  managers spokesmen spokeswomen officers authorities activists protesters supporters opponents voters
  parents teachers doctors nurses patients students investigators prosecutors judges senators lawmakers rescuers volunteers medics
  legislators members representatives aides advisers advisors staff employees workers owners partners
  neighbours neighbors friends relatives insiders pollsters strategists historians professors scholars
  academics authors organizers organisers traders investors dealers bankers brokers participants
  respondents victims survivors villagers farmers fans viewers users customers ministers players
  groups organizations organisations companies firms unions agencies advocates campaigners environmentalists
  conservationists democrats republicans businesses retailers lenders banks airlines automakers governments
  citizens locals shoppers drivers commuters homeowners landlords tenants fishermen growers producers women men children
  manufacturers negotiators rebels militants troops soldiers insurgents detractors skeptics sceptics proponents
  backers allies donors speakers attendees delegates mourners panelists commentators pundits candidates editors
  writers journalists demonstrators plaintiffs defendants families family chairmen chairwomen congressmen congresswomen
  councilmen councilwomen councillors councilors commissioners governors mayors ambassadors justices coaches founders trustees aldermen
  firefighters retirees veterans`);

/** Words that end a role phrase going backwards (`the Chinese leader` stops at "the"). */
export const DETERMINERS = set(`the a an this that these those his her their its our my your some many
  several one another two three four five six seven eight nine ten both all most few dozens hundreds thousands each`);

/** Common given names, for telling `he` from `she` when an article has not said yet (`Jean`, a woman's name in English and a man's in French, is in neither). */
export const FEMALE_NAMES = set(`
  sylvie chantal manon geneviève genevieve élise elise nathalie martine mairi amira ada
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
  ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
  rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
  lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann anne teresa kathryn
  sara janice  alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa
  sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary theresa angela nancy
  elaine jane eleanor eleanore erin tracy elyse bri nicole onyeka demi caitlin chelsea kristen kristin
  michelle melania ivanka kellyanne sheryl oprah beyonce taylor serena venus simone malala greta jacinda
  theresa angela kamala nikki sonia ruth elena hope katy lehla nadia shanaaz jody chrystia catherine
  ellen meghan kate camilla diana margaret priti yvette nicola ursula christine giorgia sanna marine
  julia penny tanya rachel naomi leah zoe chloe mia ava lily ella amelia harper aria layla nora ellie
  jasmine gabriella valentina ruby alice maya stella paige haley hailey brooke morgan savannah audrey
  claire lucy anya irina natalia olga svetlana tatiana yulia ana carmen rosa lucia elena fatima aisha
  mei ying xiu li na yuki keiko yoko priya anjali sunita deepa lakshmi dana wendy gina tina lori tammy
  connie joanne marion carla vanessa monica veronica valerie heidi holly jill jodi kristy
  alicia debbie esther sonya jacklyn krystal azucena ariana nell adriana michaela annamaria louella robyn
  rosette jillian carole marcia gilda haleh mariam reham naghmeh virgie abigail adrienne agnes aisha
  alejandra alexandra alice alina alison allison alyssa amber ana andrea angelica angelina anita ann anne
  annette antonia audrey beatrice belinda bernadette beth bethany betsy beverly bianca bonnie bridget
  brittany camila candace carmen caroline cassandra catalina cecilia celeste charlene chelsea cheryl chloe
  christie cindy claire clara claudia colleen constance courtney crystal daisy daniela danielle daphne
  dawn deanna deirdre delia denise diana dolores dominique doris eileen elaine eleanor elena elisa elise
  eliza ella ellen eloise elsa emilia erica erin esperanza estelle evelyn fatima felicia fiona frances
  francesca gabriela gabrielle gail geraldine gina giselle gladys gloria gwen gwendolyn hannah harriet
  hazel helena hilary hillary ingrid irene iris isabel isabella isabelle jacqueline jane janice jasmine
  jeanette jeanne jenna jennie jenny jessie joan joanna jocelyn josephine juanita judith judy juliana
  juliet justine karina kate kathryn kathy katie katrina kayla kristen kristin kristina lara latoya lauren
  laurie leah leila lena lillian lily lindsay lindsey liz lois lorena lorraine louise lucia lucy luisa
  lydia lynn mabel madeleine maggie mandy marcela margarita mariana marianne marie marilyn marina marisa
  marjorie marlene marsha martha maureen maxine megan melanie melinda meredith mia michele mildred miranda
  miriam molly monique nadia naomi natalie natasha nina nora norma olga paola paula pauline pearl peggy
  penelope penny phyllis priscilla priya rebecca renee rhonda rita roberta rosa rosalind rose rosemary
  roxanne ruby sabrina sally sara selena shannon sheila shelley sherry silvia sofia sonia sophia sophie
  stacey stella sue susana suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina ursula
  valentina vera vicki viola violet vivian wanda wendy whitney yolanda yvonne zoe ayesha ananya deepika
  sunita anjali lakshmi mei ling yan xiu fang hui yuko keiko akiko naoko sakura svetlana tatiana irina
  natalia ekaterina anastasia yasmin zainab amina khadija nkechi ngozi chiamaka wanjiru achieng`);

export const MALE_NAMES = set(`
  luc rené rene yves gilles mathieu étienne etienne françois benoît benoit guillaume denis serge sven lars
  james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
  walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse
  dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
  vincent russell elijah louis bobby philip johnny colton antony tony barack bernie mitch chuck ted marco
  rand jeb mike mick boris rishi keir emmanuel olaf vladimir volodymyr xi wang qin justin stephen pierre
  jagmeet andrew doug jeff tore babatunji adam guenther elon larry ken caleb harry lu nick billy randy
  danny tiger phil rory jon jim tom bill bob steve dave dan chris matt ben sam fred ed ted al joe
  hassan mohammed muhammad ahmed ali omar yusuf ibrahim abdullah hamid karim raj rahul amit vijay sanjay
  narendra ravi arjun hiroshi takeshi kenji yuki wei jun hao ming jian igor sergei dmitri ivan alexei
  nikolai yuri andrei carlos luis miguel jorge pedro diego javier antonio manuel francisco pablo rafael
  marcel jean-pierre jacques francois hans klaus jurgen wolfgang giuseppe luca marco giovanni matteo
  martin andy ian tim greg marc stefan derek josh jake rick nate hank eddie don duncan lloyd wesley jared
  ron stuart trent oscar rodrigo alejandro edwin freddy laurence massimo federico dino jamal mahamat brent
  corey wes dexter robby ilya ferdie aaron adam adrian ahmed alan albert alberto alexander alfred ali
  alvin amir andre andreas andres angelo anthony armando arnold arthur arturo barry ben benjamin bernard
  billy bob bobby brad bradley brandon brendan brett brian bryan byron calvin carl cedric cesar charles
  charlie chris christian christopher clarence claude clifford clint cody colin conor connor curtis cyrus
  dan daniel danny darren dave david dennis derrick dominic donald doug duane dustin dwayne dwight ed
  eduardo edward elias elijah elliot emmanuel enrique eric erik ernest ernesto ethan eugene evan fabio
  felipe felix fernando francesco fred frederick gabriel gareth garry gary gavin gene geoffrey george
  gerald gerard gilbert glen glenn gregory guillermo gustavo hamid harold harry harvey hassan hector
  herbert hugh hugo ibrahim isaac jack jacob jaime james jason jeff jeffrey jeremy jerome jerry jesse
  jim jimmy joe joel johan john johnny jon jonathan jose joseph joshua juan julian julio justin karl
  keith kelvin ken kenneth kevin khalid kurt kyle lance larry lawrence leo leon leonard leroy liam lionel
  lorenzo louis lucas luke malcolm marcus mario mark marvin mathew matt matthew maurice michael mike
  mohamed mohammad mohammed muhammad nathan nathaniel neil nicholas nick nicolas nigel noah norman oliver
  omar owen patrick paul pete peter phil philip phillip ralph ramon randall randy raul raymond reginald
  ricardo richard rob robert roberto rodney roger roland ronald roy rudy samuel sean sergio seth shane
  shaun sidney simon stanley stephen steve steven ted terry theodore thomas todd tom tommy tony travis
  trevor troy vincent vladimir walter wayne willie xavier yusuf zachary rahul amit sanjay vikram rajesh
  suresh anil deepak vijay kwame kofi chinedu emeka olumide tunde oluwaseun mehmet mustafa emre tariq
  karim youssef bilal hamza samir nabil fadi kazuo satoshi haruto takashi`);

/** Events and facts, which suggest or indicate things without saying them (`That impact suggests …`, `The move indicates …`). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(['impact', 'move', 'decision', 'result', 'results', 'outcome', 'development', 'trend', 'shift', 'change',
  'changes', 'fact', 'success', 'failure', 'loss', 'win', 'victory', 'defeat', 'performance', 'rise', 'fall', 'drop', 'increase', 'decline', 'surge', 'spike',
  'departure', 'appointment', 'choice', 'timing', 'episode', 'incident', 'event', 'events', 'turnout', 'gap', 'pattern', 'evidence']);

/** Ideas, which no one speaks through (`a common belief says …`, `the theory holds …`). */
export const IDEA_NOUNS: ReadonlySet<string> = new Set(['belief', 'beliefs', 'theory', 'theories', 'notion', 'idea', 'ideas', 'assumption', 'consensus',
  'wisdom', 'thinking', 'logic', 'myth', 'legend', 'lore', 'rumor', 'rumour', 'saying', 'adage', 'proverb']);

/** Bodies and people whose findings are statements (`The judge found that …`, `the inquiry found that …`). */
export const FINDING_BODIES: ReadonlySet<string> = new Set(['judge', 'judges', 'justice', 'justices', 'court', 'courts', 'panel', 'jury', 'jurors', 'inquiry', 'magistrate', 'magistrates', 'inquest',
  'commission', 'committee', 'auditor', 'watchdog', 'regulator', 'regulators', 'tribunal', 'coroner', 'inspector', 'ombudsman', 'investigators', 'prosecutors',
  // (and people whose work is finding things out: `the economists found that …`)
  'researchers', 'scientists', 'economists', 'analysts', 'scholars', 'academics', 'pollsters', 'epidemiologists', 'auditors', 'inspectors',
  // (and bodies that survey or study: `In a survey, the group found that …`)
  'group', 'institute', 'association', 'federation', 'foundation', 'agency', 'department', 'ministry', 'office', 'bureau', 'council',
  // (`The Pew Research Center found that …`, `Gallup found that …`: centres, firms and pollsters that study)
  'center', 'centre', 'firm', 'lab', 'laboratory', 'university', 'pollster', 'pollsters', 'research', 'analytics',
  'gallup', 'ipsos', 'yougov', 'pew', 'rasmussen', 'quinnipiac', 'marist', 'monmouth', 'nielsen']);

/** Forms of `find`: a finding, when a court or an inquiry makes it. */
export const FINDING_VERBS: ReadonlySet<string> = new Set(['find', 'finds', 'found', 'finding']);

/** Verbs that issue with `out` after them (`put out a statement`, `sent out a release`). */
export const OUT_ISSUING_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'sent', 'sends', 'sending', 'send']);

/** Nouns that name a statement by what it is taken for (`a promise fans greeted with scepticism`, `a claim his rivals dispute`). */
export const APPRAISAL_NOUNS: ReadonlySet<string> = new Set(['promise', 'claim', 'assertion', 'view', 'position', 'charge', 'sentiment', 'prediction', 'argument', 'boast', 'admission', 'threat', 'accusation', 'allegation', 'line', 'refrain', 'theme']);

/** Words between a possessive and its document (`his latest post`, `her written statement`). */
export const OWNED_DOCUMENT_ADJECTIVES: ReadonlySet<string> = new Set(['latest', 'recent', 'own', 'new', 'earlier', 'previous', 'last', 'first', 'final', 'written', 'brief', 'lengthy', 'joint']);

/** Prepositions naming to whom or on what a document is, after its noun (`his memo to employees`, `her letter on the bill`). */
export const DOCUMENT_RECIPIENT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'on', 'about']);

/** Small words inside the name of a body (`Centers for Disease Control and Prevention`, `Bank of Canada`). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'the', '&', 'de', 'du', 'la']);

/** Indefinite pronouns that may speak (`Someone called it …`, `Everyone agreed that …`); `nobody` and `anyone` say no one did. */
export const INDEFINITE_SPEAKERS: ReadonlySet<string> = new Set(['someone', 'somebody', 'everyone', 'everybody']);

/** Adverbs of time that may open a sentence without a comma before its subject (`Later the candidate said …`). */
export const OPENING_TIME_ADVERBS: ReadonlySet<string> = new Set(['later', 'earlier', 'then', 'afterwards', 'afterward', 'meanwhile', 'now', 'finally', 'eventually']);

/** Capitalised words that open sentences but never names (`Perhaps`, `Knowing`). */
export const SENTENCE_OPENERS = set(`perhaps many some several most more few other another such only even
  later earlier asked having being knowing despite like unlike although though because since every each both
  someone somebody anyone anybody everyone everybody nobody
  either neither former ex yes no well dear thanks sorry please why what who how where which whether
  instead indeed still already once twice meanwhile nevertheless nonetheless moreover furthermore besides
  overall mostly nearly almost about around among amid across against along behind beyond inside outside
  without within throughout under over above below between unless until except given including following maybe
  finally eventually ultimately initially originally separately additionally similarly likewise otherwise thus
  therefore hence apparently clearly obviously certainly surely sadly fortunately unfortunately luckily ironically
  notably importantly interestingly basically essentially typically usually often sometimes lastly afterwards
  recently previously currently now then soon`);

/** Media a speaker speaks in (`in a statement`, `in a Medium post`, `on his blog`), read between the speaker and the cue. */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set(['statement', 'interview', 'post', 'letter', 'tweet', 'speech', 'email', 'e-mail', 'op-ed',
  'video', 'release', 'memo', 'briefing', 'filing', 'blog', 'essay', 'column', 'editorial', 'message', 'podcast', 'broadcast', 'appearance', 'conference', 'call']);

/** Nouns for what someone said: `Xi’s comments`, `the minister’s remarks`. */
export const REMARK_NOUNS = set(`comments comment remarks remark words statement statements warning warnings message
  speech appeal appeals call plea pledge pledges assurance assurances criticism rebuke response answer reply
  testimony announcement reaction verdict retort`);

/** Prepositions, relatives and conjunctions a speaker phrase never runs across. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'for', 'with', 'from', 'who', 'which', 'that', 'and', 'on', 'to', 'as', 'after', 'before', 'during', 'while', 'when']);

/** Honorifics before a name (`Ms. May`): the word after one is a surname, even a month's name. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.']);

/** Months that are also surnames (`Theresa May`). */
export const MONTH_SURNAMES: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august']);

/** Particles inside a name: `Ursula von der Leyen`, `Osama bin Laden`. */
export const CONNECTORS: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'la', 'le', 'da', 'di', 'du', 'bin', 'al', 'el', 'ibn', 'dos', 'del', 'mac', 'st.', 'st', 'ter', 'zu', 'das', 'della']);

/**
 * Whether a word says which side a party or a body is on, before its name (`the opposition Democratic Renewal Party`, `the far-right
 * Alliance for Germany`, `the pro-Kremlin Rodina party`).
 */
export function isSideWord(lower: string): boolean {
  return SIDE_WORDS.has(lower) || /^(?:far|hard|pro|anti|centre|center)-[a-z]+$/.test(lower) || /^(?:right|left)-wing$/.test(lower);
}

const SIDE_WORDS: ReadonlySet<string> = new Set(['opposition', 'ruling', 'governing', 'rival', 'main', 'centrist', 'nationalist', 'separatist', 'conservative',
  'liberal', 'populist', 'hardline']);

/** Forms of `be` (and `get`) before a cue: `was told`, `is said` are passive, no speaker before them. */
export const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'am', 'get', 'got']);

/** Words right before a cue that show no speaker does (`which said`, `the say`). */
export const BLOCK_BEFORE_CUE: ReadonlySet<string> = new Set(['which', 'the', 'a', 'an', 'so', 'to', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Cues that put their speaker after them (`…, said Jane Doe`). */
export const INVERTING_CUES: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'explains', 'continued', 'asked', 'recalled', 'recalls']);

/** Words after a name that show it is not the subject of a verb (`talks with Wang Yi and …`). */
export const NOT_VERBS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'than', 'the', 'a',
  'an', 'but', 'nor', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'during', 'since', 'until', 'later',
  'last', 'this', 'next', 'that', 'who', 'which', 'whose', 'when', 'where', 'while', 'if', 'because', 'so', 'like',
  'via', 'per', 'vs', 'near', 'between', 'against', 'among', 'through', 'across', 'toward', 'towards', 'up', 'down']);

/** Short words the tokenizer reads with the period after them (`Mr.`, `Jan.`, `Inc.`). */
export const ABBREVIATED_WORDS = set(`mr mrs ms dr st jr sr sen sens rep reps gov gen lt col
  sgt capt prof inc corp co ltd vs rev maj adm cmdr hon messrs mme
  jan feb mar apr jun jul aug sep sept oct nov dec ft mt no gov supt insp det const coun cllr cr cst cpl pte atty msgr brig`);

/**
 * Articles and possessives (and `every`, `each`): the word after them, or after them and a name, is a noun or modifies one, even
 * a verb's form or a name (`a Facebook post`, `every Portland goal`, `his Denver teammates`).
 */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'every', 'each', 'his', 'their', 'its', 'our', 'my', 'your']);

/** US states as AP style abbreviates them after a party (`R-Ky.`, `D-Calif.`, `R-S.C.`): the tokenizer keeps their period. */
export const STATE_ABBREVIATIONS = set(`ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
  okla ore pa tenn tex vt va wash wis wyo n.h n.j n.m n.y n.c n.d r.i s.c s.d w.va`);

/**
 * States after a party's letter written without a period (`R-Texas`, `D-NY`): the names AP style never shortens,
 * and the postal codes. Not abbreviations: `Ted Cruz, R-Texas.` ends its sentence.
 */
export const PARTY_STATES = set(`alaska hawaii idaho iowa maine ohio texas utah al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn
  ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy`);

/** The names of the US states, in lower case (`Wilmington, North Carolina,`). */
export const US_STATE_NAMES = set(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
  new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina
  south_dakota tennessee texas utah vermont virginia washington west_virginia wisconsin wyoming`);

/** Canadian provinces and territories, by name (words joined by `_`) and by their short forms without the last period (`b.c`, `ont`). */
export const PROVINCE_WORDS = set(`alberta saskatchewan manitoba ontario quebec québec yukon nunavut british_columbia nova_scotia new_brunswick
  prince_edward_island northwest_territories newfoundland b.c alta sask man ont que n.b n.s p.e.i n.l nfld y.t n.w.t nvt`);

/** Verbs of saying a headline reports with (`Rubio Says …`, `Mayor warns …`), in their headline (present) form. */
export const HEADLINE_SAYS: ReadonlySet<string> = new Set(['says', 'say', 'said', 'warns', 'warn', 'claims', 'insists', 'admits', 'vows', 'predicts',
  'argues', 'denies', 'urges', 'suggests', 'thinks', 'believes', 'explains', 'reveals', 'confirms', 'announces', 'hints', 'declares']);

/** Words that label a headline's kind, not its speaker (`The Latest: …`). */
export const HEADLINE_KICKERS = new Set(['the latest', 'news guide', 'analysis', 'opinion', 'exclusive', 'watch', 'update', 'updated', 'live', 'breaking', 'poll', 'review', 'editorial', 'fact check', 'explainer', 'photos', 'video', 'podcast', 'interview', 'commentary', 'obituary', 'letters', 'q&a', 'quiz', 'timeline', 'factbox', 'breakingviews', 'exclusive interview', 'first take', 'the big picture', 'correction', 'report', 'wow', 'look', 'revealed', 'bombshell', 'listen', 'boom', 'busted', 'shocking', 'must see', 'must read', 'just in', 'developing', 'urgent', 'alert', 'warning', 'confirmed', 'sources', 'study', 'survey']);

/** Organization nouns that, after `the`, refer back to a company or team named before (not `the government`, `the newspaper`). */
export const REFERRING_HEADS = new Set(['company', 'firm', 'team', 'club', 'automaker', 'carmaker', 'airline', 'retailer', 'maker', 'manufacturer',
  'insurer', 'lender', 'bank', 'startup', 'giant', 'franchise', 'group', 'organization', 'organisation', 'studio', 'publisher',
  'utility', 'charity', 'broadcaster', 'network', 'corporation']);

/** Heads naming an office (`the health minister`): its holder is someone the role names, not the story's last person. */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(['minister', 'president', 'premier', 'mayor', 'governor', 'secretary', 'senator', 'chancellor',
  'commissioner', 'ambassador', 'ceo', 'chairman', 'chairwoman', 'chair', 'speaker', 'general', 'chief', 'executive']);

/** Verbs of an act done in order to speak: `went on to say`, `used her speech to warn`, `took to social media to say`, `pivoted to arguing`. */
export const INFINITIVE_GOVERNORS: ReadonlySet<string> = new Set(['went', 'goes', 'used', 'uses', 'took', 'takes', 'rose', 'rises', 'stood', 'stands', 'seized', 'turned',
  'paused', 'pauses', 'stopped', 'stepped', 'appeared', 'appears', 'returned', 'came', 'comes', 'held', 'holds', 'convened', 'issued', 'released',
  'prompted', 'moved', 'compelled', 'forced', 'decided', 'chose', 'hastened', 'rushed', 'continue', 'continues', 'continued', 'continuing',
  'pivoted', 'pivots', 'switched', 'switches', 'shifted', 'shifts', 'resorted', 'resorts']);

/** Nouns by which an appositive describes an organization that is a source (`Doctors Nova Scotia, the group that …,`). */
export const SOURCE_APPOSITIVE_HEADS: ReadonlySet<string> = new Set(['group', 'organization', 'organisation', 'association', 'agency', 'body', 'union', 'lobby',
  'charity', 'institute', 'coalition', 'network', 'federation', 'council', 'watchdog', 'regulator', 'firm', 'company', 'tank']);

/** Words in -ly that are no adverbs of manner (`the family said`, `a rally`), even after a noun. */
export const NOT_MANNER_ADVERBS: ReadonlySet<string> = new Set(['family', 'assembly', 'supply', 'monopoly', 'anomaly', 'butterfly', 'weekly', 'monthly', 'quarterly',
  'daily', 'elderly', 'friendly', 'homily', 'melancholy', 'multiply', 'comply', 'italy', 'rally', 'ally', 'bully', 'likely', 'unlikely',
  'early', 'only', 'reply', 'apply', 'rely', 'imply', 'fly', 'july', 'jelly', 'belly', 'lily', 'holly', 'tally', 'folly', 'costly', 'deadly']);

/** Short or irregular past participles that open asides (`seen by`, `sent to`, `hit hard by`). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'sent', 'made', 'held', 'told', 'given', 'known', 'shown', 'led', 'read', 'won', 'lost',
  'built', 'paid', 'hit', 'left', 'run', 'set', 'kept', 'found']);

/** Words counting a share of a group (`9 percent`, `a majority of the members`, `most of them`): such a phrase names a group and takes the plural. Tested on lower-cased words. */
export const GROUP_SHARE = /\b(percent|per cent|majority|minority|number|third|quarter|half|dozen|most of|many of|some of|all of|none of)\b|%/;

/** Irregular past forms that make a short clause after a plural noun (`said profits fell`). */
export const PAST_FORMS: ReadonlySet<string> = new Set(['fell', 'rose', 'grew', 'sank', 'slid', 'shrank', 'went', 'came', 'held', 'hit', 'lost', 'won', 'broke', 'left', 'stood', 'ran', 'made', 'began',
  'sat', 'lay', 'spent', 'paid', 'struck', 'fought', 'flew', 'spread', 'met', 'saw', 'knew', 'found', 'chose', 'drew', 'sold', 'bought', 'built', 'caught',
  'swung', 'slept', 'wore', 'threw', 'rode', 'stole', 'shook', 'froze', 'forgot', 'hid', 'sought', 'dug', 'bled', 'fled', 'clung', 'crept', 'swam', 'sped']);

/** Past forms of common verbs that end neither in -ed nor as PAST_FORMS do: the verb after a gerund subject (`Seeing it led him to quit`). */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['led', 'gave', 'took', 'kept', 'meant', 'felt', 'brought', 'became', 'got', 'put', 'cost', 'sent', 'drove', 'taught', 'seemed']);

/** What a speaker may decline to do after `but` (`but did not confirm …`, `but declined to comment`). */
export const UNSAID_VERBS: ReadonlySet<string> = new Set(['say', 'said', 'confirm', 'confirmed', 'comment', 'commented', 'elaborate', 'give', 'given', 'provide', 'provided', 'specify',
  'disclose', 'disclosed', 'answer', 'respond', 'explain', 'offer', 'name', 'identify', 'detail', 'reveal', 'revealed', 'discuss', 'address', 'indicate', 'announce', 'expand', 'speculate']);

/** Words that end a company's name (`Kestrel Motors`, `Harbor Bank`): what `the company` may mean. */
export const COMPANY_WORDS = set(`motors airlines airways air aviation bank group holdings industries technologies systems foods
  energy capital partners securities communications media studios labs pharmaceuticals steel mining telecom
  insurance financial entertainment games software power hydro transit utilities railway rail homes properties realty developments
  records music pictures films productions publishing brewing logistics ventures branch appliances electronics brands
  products solutions enterprises resources devices instruments robotics semiconductors chemicals materials apparel outfitters
  beverages restaurants therapeutics biosciences biotech automotive manufacturing construction engineering dynamics aerospace analytics networks
  pharma laboratories petroleum wireless telecoms hotels resorts cruises bancorp investments consulting interactive payments shipping
  textiles breweries distillers digital`);

/**
 * Titles a description by another word may refer to: `the judge` after `Justice Helen Marwick`, `the lawmaker` after
 * `Sen. Ana Ruiz`. Each head noun, and words of the roles it means.
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['justice']],
  ['leader', ['president', 'prime minister', 'premier', 'chancellor']],
  ['lawmaker', ['senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'legislator', 'mp', 'mla', 'councillor', 'councilor', 'alderman']],
  ['legislator', ['senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'lawmaker', 'mp', 'mla']],
  ['officer', ['constable', 'const.', 'sergeant', 'sgt.', 'detective', 'det.', 'cpl.', 'corporal', 'inspector', 'insp.']],
  ['prosecutor', ['crown attorney', 'district attorney', 'prosecuting attorney', 'crown prosecutor']],
  // (`the senator` after `Sen. Carla Weiss`: a title written short)
  ['senator', ['sen.', 'sen']], ['representative', ['rep.', 'rep']], ['governor', ['gov.', 'gov']], ['general', ['gen.']],
  ['sergeant', ['sgt.']], ['captain', ['capt.']], ['colonel', ['col.']], ['lieutenant', ['lt.']], ['councillor', ['coun.', 'cllr.', 'cllr', 'cr.', 'cr']],
  ['councilor', ['coun.']], ['detective', ['det.']], ['professor', ['prof.']], ['reverend', ['rev.']], ['constable', ['const.', 'cst.']],
  ['superintendent', ['supt.']], ['inspector', ['insp.']], ['corporal', ['cpl.']],
  // (`the doctor` after `Dr. Lina Park`, `the CEO` after `Jane Ola, the company's chief executive`)
  ['doctor', ['dr.', 'dr', 'physician', 'surgeon']], ['ceo', ['chief executive', 'chief executive officer']], ['cfo', ['chief financial officer', 'finance chief']], ['coo', ['chief operating officer']], ['cto', ['chief technology officer']], ['organizer', ['organiser']], ['organiser', ['organizer']],
]);

/**
 * Words that single someone out (`the last man to mount …`, `the only senator`): a subject an infinitive describes,
 * and someone new rather than the story's last person.
 */
export const SINGLING_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'only', 'next', 'second', 'third', 'latest', 'sole', 'youngest', 'oldest']);

/** Someone's kin and friends: a given name may follow them (`Her son Marco`), and `the victim's sister` is someone new. */
export const KIN_NOUNS: ReadonlySet<string> = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'mom', 'dad',
  'grandson', 'granddaughter', 'grandmother', 'grandfather', 'stepson', 'stepdaughter', 'widow', 'widower', 'aunt', 'uncle', 'cousin', 'niece', 'nephew',
  'partner', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'boyfriend', 'girlfriend', 'friend', 'neighbor', 'neighbour', 'relative']);

/** Nouns of a kind of company that, right before a name, say the name is a company's (`budget carrier SkyHop`). */
export const COMPANY_KIND_NOUNS: ReadonlySet<string> = new Set(['carrier', 'airline', 'company', 'firm', 'consultancy', 'brokerage', 'maker', 'automaker', 'carmaker', 'retailer', 'lender', 'insurer', 'bank',
  'broadcaster', 'network', 'newspaper', 'publisher', 'startup', 'start-up', 'chain', 'brand', 'developer', 'operator', 'supplier', 'producer', 'giant',
  'conglomerate', 'manufacturer', 'utility', 'miner', 'distributor', 'grocer', 'chipmaker', 'drugmaker', 'outlet', 'website', 'app', 'platform',
  'label', 'promoter', 'studio', 'streamer', 'broker', 'exchange', 'group', 'nonprofit', 'charity', 'watchdog', 'coalition', 'agency', 'union']);

/** The legal suffixes closing a company's name (`Northwind Foods Inc`). */
export const CORPORATE_SUFFIXES = set(`inc inc. corp corp. ltd ltd. llc plc co. ag sa s.a. nv n.v. gmbh lp llp`);

/** Cues that ask someone to do something (`urged residents to …`, `called on Congress to …`). */
export const DIRECTIVE_VERBS = new Set(['urge', 'urges', 'urged', 'urging', 'encourage', 'encourages', 'encouraged', 'encouraging', 'call', 'calls', 'called', 'calling',
  'ask', 'asks', 'asked', 'asking', 'implore', 'implored', 'beg', 'begged', 'press', 'pressed', 'advise', 'advised', 'warn', 'warns', 'warned', 'tell', 'tells', 'told']);

/** Days after a cue say when, not what (`said Wednesday she would …`). */
export const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** Prepositions opening a short phrase that says when or where something was said (`In a statement, …`). */
export const PHRASE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'for', 'with', 'from', 'by', 'under', 'amid', 'despite', 'since', 'throughout', 'outside', 'inside']);

/** Forms of `be` that make a passive (all of them in BE_FORMS). */
export const BE_PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/**
 * The lists a token's lower-case form is in, as bits of `Token.lists` (read once per distinct word
 * by the tokenizer): the lists asked most often, of nearly every word, answer without hashing it again.
 */
export const IN_SPEECH_VERBS = 1 << 0;
export const IN_EVIDENCE_VERBS = 1 << 1;
export const IN_NOT_NAME_WORDS = 1 << 2;
export const IN_TITLE_WORDS = 1 << 3;
export const IN_NATIONALITIES = 1 << 4;
export const IN_SENTENCE_OPENERS = 1 << 5;
export const IN_SUBJECT_PRONOUNS = 1 << 6;
export const IN_DETERMINERS = 1 << 7;
export const IN_SPEAKER_NOUNS = 1 << 8;
export const IN_GROUP_NOUNS = 1 << 9;
export const IN_CUE_FILLERS = 1 << 10;
export const IN_MALE_TITLES = 1 << 11;
export const IN_FEMALE_TITLES = 1 << 12;
export const IN_MALE_NAMES = 1 << 13;
export const IN_FEMALE_NAMES = 1 << 14;
export const IN_PHRASE_STOPS = 1 << 15;
export const IN_HONORIFICS = 1 << 16;
export const IN_MONTH_SURNAMES = 1 << 17;
export const IN_CONNECTORS = 1 << 18;
export const IN_BE_FORMS = 1 << 19;
export const IN_BLOCK_BEFORE_CUE = 1 << 20;
export const IN_INVERTING_CUES = 1 << 21;
export const IN_AUXILIARIES = 1 << 22;
export const IN_ORG_NOUNS = 1 << 23;
export const IN_DOCUMENT_NOUNS = 1 << 24;
export const IN_NAMING_WORDS = 1 << 25;
export const IN_CLAUSE_VERBS = 1 << 26;
export const IN_NOT_VERBS = 1 << 27;
export const IN_ABBREVIATED_WORDS = 1 << 28;
export const IN_LISTENERS = 1 << 29;
export const IN_REMARK_NOUNS = 1 << 30;
// (bit 29 is the last: a browser's V8 keeps integers up to 2^30 - 1 unboxed)

const LISTS_OF_WORD = new Map<string, number>();
for (const [bit, list] of [[IN_SPEECH_VERBS, SPEECH_VERBS], [IN_EVIDENCE_VERBS, EVIDENCE_VERBS], [IN_NOT_NAME_WORDS, NOT_NAME_WORDS],
  [IN_TITLE_WORDS, TITLE_WORDS], [IN_NATIONALITIES, NATIONALITIES], [IN_SENTENCE_OPENERS, SENTENCE_OPENERS],
  [IN_SUBJECT_PRONOUNS, SUBJECT_PRONOUNS], [IN_DETERMINERS, DETERMINERS], [IN_SPEAKER_NOUNS, SPEAKER_NOUNS],
  [IN_GROUP_NOUNS, GROUP_NOUNS], [IN_CUE_FILLERS, CUE_FILLERS], [IN_MALE_TITLES, MALE_TITLES], [IN_FEMALE_TITLES, FEMALE_TITLES],
  [IN_MALE_NAMES, MALE_NAMES], [IN_FEMALE_NAMES, FEMALE_NAMES], [IN_PHRASE_STOPS, PHRASE_STOPS], [IN_HONORIFICS, HONORIFICS],
  [IN_MONTH_SURNAMES, MONTH_SURNAMES], [IN_CONNECTORS, CONNECTORS], [IN_BE_FORMS, BE_FORMS], [IN_BLOCK_BEFORE_CUE, BLOCK_BEFORE_CUE],
  [IN_INVERTING_CUES, INVERTING_CUES], [IN_AUXILIARIES, AUXILIARIES], [IN_ORG_NOUNS, ORG_NOUNS], [IN_DOCUMENT_NOUNS, DOCUMENT_NOUNS],
  [IN_NAMING_WORDS, NAMING_WORDS], [IN_CLAUSE_VERBS, CLAUSE_VERBS], [IN_NOT_VERBS, NOT_VERBS], [IN_ABBREVIATED_WORDS, ABBREVIATED_WORDS],
  [IN_LISTENERS, LISTENERS], [IN_REMARK_NOUNS, REMARK_NOUNS]] as const) {
  for (const w of list) LISTS_OF_WORD.set(w, (LISTS_OF_WORD.get(w) ?? 0) | bit);
}

/** The IN_* bits of the lists that hold `lower`. */
export function listsOf(lower: string): number {
  return LISTS_OF_WORD.get(lower) ?? 0;
}

/** Forms of `tell` (`tell stories about …`). */
export const TELLING: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling']);

/** Verbs by which someone makes a document or gives an interview, in the past (`the interview he gave`, `a letter she sent`). */
export const MAKING_VERBS: ReadonlySet<string> = new Set(['gave', 'sent', 'wrote', 'posted', 'did', 'made', 'published', 'granted', 'released', 'issued', 'signed', 'filed', 'tweeted', 'delivered']);

/** Forms of cues that are nouns too (`state`, `report`, `claims`). */
export const NOUN_FORMS_OF_CUES: ReadonlySet<string> = new Set(['state', 'states', 'point', 'points', 'report', 'reports', 'claim', 'claims', 'note', 'notes', 'post', 'posts',
  'call', 'calls', 'charge', 'charges', 'tweet', 'tweets', 'remark', 'remarks', 'comment', 'comments', 'warning', 'estimate', 'estimates', 'answer', 'answers']);

/** Subordinators that a participle may follow (`after saying`, `while insisting`, `despite warning`). */
export const PARTICIPLE_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'while', 'before', 'since', 'despite', 'when', 'upon', 'without']);

/** Prepositions opening a phrase that says which people (`officers with experience`, `residents of the town`). */
export const QUALIFYING_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'of', 'from', 'in', 'at', 'across', 'for']);

/** Verbs of meeting people, in the past, that close a relative clause without `who` (`voters I spoke to`). */
export const CONTACT_VERBS: ReadonlySet<string> = new Set(['spoke', 'met', 'talked', 'knew', 'saw', 'heard', 'interviewed', 'surveyed', 'polled', 'contacted', 'reached', 'asked']);

/** Words opening a subordinate clause (`When Easley told Cable …,`, `when a young boy shouted`). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'if', 'because', 'since', 'although', 'though', 'after', 'before', 'once', 'while', 'as', 'until', 'unless', 'whenever']);

/** Words that end an adjective after a hyphen (`TV-friendly`, `Obama-era`, `GOP-led`, `New York-based`). */
export const ADJECTIVE_ENDINGS = set(`friendly era led based backed owned run style like controlled dominated funded linked sponsored aligned leaning born made bound centric related free wide specific approved held allied affiliated inspired type sized level only focused oriented heavy proof ready themed minded speaking american appointed elected registered`);

/**
 * Given names that many men and many women bear, though one list holds them only for one (`Lindsey` Graham, `Kelly`,
 * `Jordan`): their usual gender may be reported, but it must not keep a pronoun of the other from finding them.
 */
export const SHARED_GIVEN_NAMES: ReadonlySet<string> = new Set(['lindsey', 'lindsay', 'kelly', 'kelley', 'dana', 'taylor', 'morgan', 'jordan',
  'avery', 'riley', 'cameron', 'quinn', 'reese', 'rory', 'hayden', 'kendall', 'logan', 'parker', 'drew', 'devon', 'dakota', 'emerson',
  'ellis', 'jessie', 'kris', 'leigh', 'sage', 'rowan', 'peyton', 'skyler', 'kasey', 'kacey', 'sasha', 'shea', 'shay', 'noel', 'kai']);
