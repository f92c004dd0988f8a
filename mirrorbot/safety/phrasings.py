"""More kinds of crisis phrasing: what ``patterns`` and ``broad`` did not reach.

Written from our own development sets (tests/data/safety_dev*.toml), one rule
per *kind* of phrasing, never per sentence:

- suicide said without a death word: an attempt ("I attempted again"), going
  through with it, not being anyone's problem, doing everyone a favour by not
  being here, being done with living, leaving this world, standing at an edge,
  picturing one's own funeral, the ideation being back, sleeping and staying
  asleep;
- self-harm said sideways: a blade going back on the skin, needing to bleed,
  what I do to my arms, punishing myself by not eating, a relapse, fresh cuts;
- hedged or indirect harm from others: getting hit (passive; not "I'm hurt",
  which is a feeling), someone getting
  rough or physical, things thrown or walls punched next to me, threatening
  messages, "he would find me", money, phone and movements controlled, told
  nobody would believe me, pressured into what I did not want, spiked drinks;
- intent to harm others said as revenge, making someone pay or suffer, a
  weapon bought for someone, running someone over, shaking a baby.

Who it is about, negation, stories, accidents and hyperbole are read
afterwards by ``detector``. Linear time: the same discipline as ``patterns``
(bounded gaps of whole words, no nested quantifiers over overlapping text,
each rule starts on a literal word).
"""

from __future__ import annotations

from mirrorbot.safety.patterns import (
    NOT_A_SURPRISE,
    PERSON,
    PERSON_NOUNS,
    E,
    Rule,
    W,
    _rule,
    alt,
    gap,
)

# The people closest to the speaker: partners, family and carers. Both
# lists below start from these.
_FAMILY = (
    "husband wife partner boyfriend girlfriend ex dad father mum mom mother stepdad stepmum "
    "brother sister carer grandson granddaughter"
)
# Someone close enough to harm or control the speaker: a rule about harm
# done to them needs one of these in the message ("my week was rough" has none).
_SOMEONE_CLOSE = f"he she they him her his {_FAMILY} son daughter people someone"

# A person who could be doing it, named as the subject right before the act
# ("he", "my husband"): "my cat scratched my face" is no harm.
_CLOSE_SUBJ = r"he|she|they|someone|somebody|(?:my |his |her |our )(?:ex[- ])?" + alt(
    f"{_FAMILY} stepfather stepmother uncle aunt flatmate housemate roommate fiance fiancee "
    "stepbrother stepsister cousin boss manager coach"
)
_OBJ = rf"(?:him|her|them|my (?:{W} )?{PERSON}|that (?:{W} )?{PERSON}|the (?:{W} )?{PERSON})"
_SKIN = (
    r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hip|hips|forearm|forearms"
    r"|ankle|ankles|body|chest|side|sides)"
)
_TIME = (
    r"(?:again|last night|last week|last month|last year|yesterday|tonight|today|on (?:{W})"
    r"|in (?:{W})|before|twice|once|this (?:week|month|year|morning|evening)|a few|at (?:{W})"
    r"|when i was)"
).replace("{W}", W)

RULES: tuple[Rule, ...] = (
    # -- suicide ------------------------------------------------------------
    _rule(
        "kinds/attempt",
        "suicide",
        True,
        rf"(?P<v>attempted|attempt)(?P<act>(?= {_TIME})|{E})"
        r"|(?P<v2>survived|since|after|before|from|my (?:first|last|second|third|previous)|another"
        r"|failed|last|an) (?:an |my |the |a )?(?P<act2>attempt)(?! (?:at|to|of|on))",
        "attempted attempt",
    ),
    _rule(
        "kinds/go-through-with-it",
        "suicide",
        True,
        r"(?P<v>go|going|went|gone|goes|follow|following|followed) (?P<act>through with it)"
        r"|(?P<v2>thinking|think|thought|thoughts|planning|plan|planned|plans|imagining|imagine"
        r"|imagined|researching|researched|looked up|looking up|worked out|figured out"
        rf"|wondering|wonder) (?:about )?(?P<act2>how (?:i|to) (?:would |could |will |might |should )?do it{E}"
        r"|how many (?:it would take|would it take|i would need|i would have to take|to take))"
        r"|(?P<v3>do it|doing it) (?P<act3>this time)(?! (?:properly|right|better|differently))",
        "through how time",
    ),
    _rule(
        "kinds/not-anyones-problem",
        "suicide",
        False,
        r"(?P<v>will not|not going to|never|soon|no longer|not) (?:have to )?(?:be )?"
        r"(?P<act>(?:anyone's|anybody's|everyone's|your|their|a) (?:problem|burden|bother)"
        r"(?: (?:for|to) (?:anyone|anybody|everyone|you|them))?(?: anymore| much longer| for long)?"
        rf"{E})",
        "problem burden bother",
        negatable=False,
    ),
    _rule(
        "kinds/favour-by-not-being-here",
        "suicide",
        False,
        r"(?P<v>favour|favor|kindness|relief|blessing|gift|service) (?:to |for )?(?:everyone |everybody "
        r"|them |you all |the world |my family )?(?P<act>(?:by|if) (?:i |me )?(?:was |were |am )?"
        r"(?:not being|not|no longer|disappearing|disappeared|vanishing|vanished|gone|leaving for good)"
        r"(?: (?:here|around|alive|existing|exist))?)",
        "here around alive existing exist disappearing disappeared vanishing vanished gone good",
        negatable=False,
    ),
    _rule(
        "kinds/better-off",
        "suicide",
        False,
        r"(?P<v>everyone|everybody|they|people|the world|my family|my kids|my children|you all|all"
        rf"|them) (?:would|will|will all|would all|are) (?:be )?(?P<act>better off{E}"
        r"|better off (?:\. |, )?without (?:me|us)|better off (?:\. |, )?if i (?:was|were|am|had)"
        r" (?:gone|not|never|dead|no longer))",
        "off",
        negatable=False,
        who="self",
    ),
    _rule(
        "kinds/done-living",
        "suicide",
        False,
        r"(?P<v>done|finished|had enough of|enough of|tired of|sick of|exhausted from|fed up of"
        r"|fed up with|so tired of|over|weary of|done with) (?P<act>(?:living|life|being alive|existing"
        r"|fighting to (?:stay alive|live|keep going|stay here|be here)|trying to stay alive"
        rf"|staying alive|this life|my life|being here|breathing){E}"
        r"|(?:living|life|existing|being alive|breathing) (?:anymore|now|for good|forever))",
        "living life alive existing here breathing",
        negatable=False,
        of_a_task=True,
    ),
    _rule(
        "kinds/leave-this-world",
        "suicide",
        False,
        r"(?P<v>leave|left|leaving|exit|exiting|depart|departing|check out of|checking out of|gone from"
        r"|say goodbye to|saying goodbye to|ready to leave) (?P<act>(?:this|the) (?:world|earth|planet|life)"
        r"(?! (?:a |as |better|behind|cup|stage|final|world|tour|championship)))",
        "world earth planet life",
        who="self_only",
    ),
    _rule(
        "kinds/at-the-edge",
        "suicide",
        False,
        r"(?P<v>stand|standing|stood|stands|step|stepping|stepped|steps|lean|leaning|leaned|sit|sitting"
        r"|sat|climb|climbed|climbing|walk|walked|walking|go|going|went|drive|driving|drove) "
        rf"(?:{gap(2)})?(?P<act>(?:closer to |on |over |near |at |to |up to )?(?:the )?edge of "
        r"(?:the |a )?(?:roof|bridge|platform|cliff|building|car park|balcony|tracks|track|multi storey"
        r"|motorway bridge)|to the (?:bridge|tracks|cliff|roof|cliffs) and (?:stand|standing|stood|look"
        r"|looking|stare|staring|wait|waiting|sit|sitting))",
        "edge stand standing stood look looking stare staring wait waiting sit sitting",
        who="self_only",
    ),
    _rule(
        "kinds/looking-differently",
        "suicide",
        False,
        r"(?P<v>look|looking|looked|stare|staring|stared|see|seeing) (?:at )?(?P<act>(?:the |a |that )?"
        r"(?:train tracks|railway|railway line|tracks|bridge|trains|cliff|cliffs|roof|balcony|motorway"
        r"|river|high bridge) (?:differently|in a different way|and think|and wonder|a bit too long"
        r"|for too long))",
        "differently way think wonder long",
        who="self_only",
    ),
    _rule(
        "kinds/own-funeral",
        "suicide",
        False,
        r"(?P<v>picture|picturing|pictured|imagine|imagining|imagined|planning|plan|planned|plans"
        r"|thinking about|think about|thought about|dream about|dreaming about|fantasi[sz]e about"
        r"|fantasi[sz]ing about|wrote|written|writing|choose|choosing|chose|pick|picking|picked"
        r"|play at|played at|say at|said at) "
        rf"(?:{gap(4)})?(?P<act>my (?:own )?funeral)(?! (?:plan|plans|wishes|insurance|fund))",
        "funeral",
        who="self_only",
    ),
    _rule(
        "kinds/ideation",
        "suicide",
        False,
        r"(?P<v>the|my|having|had|have|been|with|of|passive|active|suicidal) (?P<act>ideation)"
        r"|(?P<v2>dark|bad|old|those|suicidal|intrusive|scary) (?P<act2>thoughts (?:are|is|have|have been"
        r"|keep|keeps) (?:back|coming back|come back|returned|returning|louder|getting worse|worse))",
        "ideation thoughts",
        topic=True,
    ),
    _rule(
        "kinds/stay-asleep",
        "suicide",
        False,
        r"(?P<v>sleep|asleep|bed) (?P<act>and (?:stay asleep|never (?:wake|come back|come round|get up)"
        r"|not (?:wake|come back|get up))|(?:and )?stay asleep (?:forever|for good|for ever))"
        r"|(?P<v2>easier|better|a relief|kinder|simpler) (?:for (?:everyone|everybody|them|all) )?"
        r"(?P<act2>if i (?:did not|never|could not|do not) (?:wake|woke) up)",
        "asleep wake come get stay woke",
        negatable=False,
        who="self_only",
    ),
    _rule(
        "kinds/not-being-here",
        "suicide",
        False,
        r"(?P<v>to|about|of|by|is|was) (?P<act>not (?:be|being) (?:here|around|alive)(?! (?:for|at|on|in"
        r"|when|next|this|tomorrow|tonight|by|because|till|until|during|over|today)))",
        "here around alive",
        negatable=False,
        who="self_only",
    ),
    _rule(
        "kinds/it-all-over",
        "suicide",
        False,
        r"(?P<v>waiting|wait|want|wanted|need|wish|wishing|hoping|hope|ready|praying|pray) (?:for )?"
        r"(?P<act>(?:it all|everything|my life|all of it|life) to (?:be over|end|stop|finish)"
        r"(?: (?:for good|forever|permanently|now|already))?)(?! (?:so|and|because|then|before|until|by))",
        "over end stop finish",
        negatable=False,
        who="self_only",
    ),
    # -- self-harm ----------------------------------------------------------
    _rule(
        "kinds/blade-on-skin",
        "self_harm",
        True,
        r"(?P<v>blade|blades|razor|razors|sharpener|sharpeners|scissors|glass|lighter|compass) "
        rf"(?:{gap(3)})?(?P<act>(?:on|to|into|across|against|over) my {_SKIN})"
        r"|(?P<v2>back|went back|going back|go back|returned|return|reached|reaching) (?:to |for )"
        r"(?P<act2>(?:the|my) (?:blade|blades|razor|razors|sharpener|lighter))",
        "arm arms wrist wrists leg legs thigh thighs skin stomach hip hips forearm forearms ankle "
        "ankles body chest side sides blade blades razor razors sharpener lighter",
    ),
    _rule(
        "kinds/need-to-bleed",
        "self_harm",
        False,
        r"(?P<v>need|needs|needed|want|wants|wanted|urge|urges|crave|craving|deserve|deserved|have)"
        r" to (?P<act>bleed|see blood|feel (?:the )?pain|feel it hurt|feel physical pain)"
        r"(?! (?:from|after|because|for (?:a|the)))",
        "bleed blood pain hurt",
        who="self_only",
    ),
    _rule(
        "kinds/what-i-do-to-my-body",
        "self_harm",
        False,
        r"(?P<v>what i|what i have|what i have been) (?P<act>(?:do|did|done|doing) to my "
        rf"{_SKIN})",
        "arm arms wrist wrists leg legs thigh thighs skin stomach body chest",
        who="self_only",
    ),
    _rule(
        "kinds/punish-myself",
        "self_harm",
        False,
        r"(?P<v>skip|skipping|skipped|starve|starving|starved|not eat|not eating|stop eating|stopped "
        r"eating|hit|hitting|scratch|scratching|burn|burning|pinch|pinching|bite|biting|hurt|hurting"
        r"|deny|denying) (?:{g})(?P<act>(?:to |as a way to |as |and )?punish (?:myself|me)"
        r"|(?:as )?(?:a )?punishment)".replace("{g}", gap(3)),
        "punish punishment",
        who="self_only",
    ),
    _rule(
        "kinds/relapse",
        "self_harm",
        False,
        r"(?P<v>i|i have|i just|and|but) (?P<act>relapsed)(?=(?: [,.])| $| again| tonight| last| today"
        r"| yesterday| after)"
        r"|(?P<v2>days|weeks|months|day|week|month) (?P<act2>(?:of not|without) (?:cutting|selfharm"
        r"|hurting myself|burning myself|scratching)|clean(?: [,.])? (?:{g})(?:relapsed|not sure i will"
        r" make it|ruined|gone|reset|back to (?:zero|day one|0)))".replace("{g}", gap(4)),
        "relapsed cutting selfharm myself scratching not ruined gone reset back",
        negatable=False,
    ),
    _rule(
        "kinds/fresh-cuts",
        "self_harm",
        False,
        r"(?P<v>fresh|new|deep|more|open) (?P<act>(?:cuts|wounds|burns|scratches) (?:on|over|across|from"
        rf"|in) (?:my|his|her|their|the) (?:{W} )?{_SKIN}|(?:cuts|wounds)(?! of| from (?:the|a|my) "
        r"(?:cat|dog|brambles|fall|bike)))"
        r"|(?P<v2>new) (?P<act2>ones over the old ones)",
        "cuts wounds burns scratches ones",
    ),
    # -- harm from others ---------------------------------------------------
    _rule(
        "kinds/passive-hit",
        "abuse",
        True,
        r"(?P<v>get|gets|got|getting|been|was|were|am|is|being) (?P<act>slapped|hit|beaten|beaten up"
        r"|punched|kicked|smacked|choked|strangled|shoved|pushed around|knocked about|knocked around"
        r"|thrown around|battered|raped|assaulted|molested|groped|drugged|spiked|attacked|thumped"
        r"|whipped|belted|shaken)(?P<tail> (?:again|at home|by (?:him|her|them|my|someone|a guy"
        rf"|a man|my {W})|when|if|for|every|all the time|a lot|sometimes|most|whenever|because)|{E})",
        "slapped hit beaten punched kicked smacked choked strangled shoved pushed knocked thrown "
        "battered raped assaulted molested groped drugged spiked attacked thumped whipped "
        "belted shaken",
        who="against_me",
        negatable=True,
    ),
    _rule(
        "kinds/gets-rough",
        "abuse",
        False,
        r"(?P<v>gets|got|get|getting|been|is|was|becomes|became|being|turns|turned|goes|went) "
        r"(?:a bit |quite |too |really |very |pretty )?(?P<act>rough|physical|handsy|violent|heavy handed)"
        r"(?: with (?P<obj>me|us|her|him|them))?(?= when| after| if| again| sometimes| whenever| with"
        r"| [,.]| $| and| at)",
        "rough physical handsy violent handed",
        who="against_me",
        # Someone is rough, not a week or a sea: "my week was rough" is no harm.
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/next-to-me",
        "abuse",
        False,
        r"(?P<v>punch|punches|punched|punching|hit|hits|hitting|kick|kicks|kicked|kicking|smash|smashes"
        r"|smashed|smashing|slam|slams|slammed|throw|throws|threw|throwing|thrown|bang|bangs|banged)"
        r" (?:the |a |his |her )?(?:wall|walls|door|doors|things|stuff|plates|objects|furniture|chair"
        rf"|chairs|cups|glasses|phone) (?:{gap(3)})?(?P<act>(?:next to|near|beside|by|at|towards"
        r"|past|right by|inches from) (?P<obj>me|my head|my face|us|her|her head|him|them))",
        "me head face us her him them",
        who="against_me",
    ),
    _rule(
        "kinds/threatening-messages",
        "abuse",
        False,
        r"(?P<v>sending|sends|sent|send|getting|get|got|gets|receiving|received|leaving|leaves|left"
        r"|keeps sending|keep getting)(?: (?P<obj>me|us|her|him|them))? (?:{g})(?P<act>(?:threatening"
        r"|abusive|threat|scary|creepy) (?:messages|texts|voicemails|calls|emails|letters|dms|notes"
        r"|comments))".replace("{g}", gap(2)),
        "messages texts voicemails calls emails letters dms notes comments",
        who="against_me",
    ),
    _rule(
        "kinds/will-find-me",
        "abuse",
        False,
        r"(?P<v>he|she|they|him|her) (?:would|will|is going to|will always|would always|could|can"
        r"|said he would|said she would|says he will|says she will) (?P<act>(?:find|track|hunt|come"
        rf" after) (?P<obj>me|us)(?: (?:down|wherever|anywhere|no matter|if|when|again)|{E}))",
        "find track hunt after",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/control-money-phone",
        "abuse",
        False,
        r"(?P<v>takes|took|take|taking|has|keeps|kept|controls|control|controlling|holds|held|steals"
        r"|stole|stealing|spends|spent|checks|checked|checking|reads|read|monitors|monitoring|tracks"
        r"|tracked|tracking|broke|smashed|hid|hides|hiding|confiscated|confiscates)"
        r" (?:all (?:of )?)?(?P<act>(?P<obj>my|our|her|his|their) (?:money|wages|salary|pay|pension"
        r"|benefits|bank card|bank cards|cards|passport|savings|phone|location|messages|texts|keys"
        r"|car keys|every move|whereabouts|documents|id)"
        r"(?: (?:so|and|every|when|if|i can not|i could not|without)| [,.]| $"
        r"| to(?! (?:look|show|see|check the|charge|fix|play|film|take a|find|read (?:the|a))(?![a-z]))))",
        "money wages salary pay pension benefits card cards passport savings phone location "
        "messages texts keys move whereabouts documents id",
        who="against_me",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/controls-what-i-do",
        "abuse",
        False,
        r"(?P<v>controls|controlled|controlling|decides|decided|chooses|chose|picks|dictates|monitors"
        r"|tracks|checks|tells me) (?P<act>everything(?: i do)?(?= [,.]| $| i| about)|what i (?:wear|eat"
        r"|say|spend|do|buy)|who i (?:see|talk|text|speak|message|am friends|can see|can talk)"
        r"|where i (?:go|am|can go)|when i (?:can|sleep|eat|leave))",
        "everything wear eat say spend do buy see talk text speak message friends go am can sleep "
        "leave",
        who="against_me",
    ),
    _rule(
        "kinds/not-allowed",
        "abuse",
        False,
        r"(?P<v>not allowed|never allowed|no longer allowed|forbidden|banned) (?P<act>(?:to have |a |my"
        r" own |my )(?:phone|money|bank card|passport|keys|friends|own money|job)(?! for| at| in class)"
        r"|to (?:leave the house|leave the flat|go out alone|see my (?:friends|family|mum|mom|dad|parents"
        r"|sister|brother)|have friends|go anywhere|work|have money|speak to anyone|talk to anyone"
        r"|call anyone|lock the door|eat (?:until|till|unless|without)))",
        "phone money card passport keys friends job leave go see have work speak talk call lock eat",
    ),
    _rule(
        "kinds/nobody-would-believe-me",
        "abuse",
        False,
        r"(?P<v>says|said|tells|told|threatens|threatened|reminds|keeps saying|always says|telling)"
        r" (?:me )?(?:that )?(?P<act>(?:nobody|no one|noone|nobody else) (?:would|will|is going to|could)"
        r" (?:ever )?(?:believe|want|love|miss|help|care about) (?:me|us)"
        r"|(?:not|never) to tell (?:anyone|anybody|my mum|my mom|my dad|my parents|the teacher)"
        r"|(?:it is|this is|it was|that is) (?:our|a) (?:little )?secret)" + NOT_A_SURPRISE,
        "believe want love miss help about tell secret",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/pressured-into",
        "abuse",
        False,
        r"(?P<v>pressures|pressured|pressuring|pressure|pushes|pushed|forces|forced|forcing|makes|made"
        r"|making|guilts|guilted|coerces|coerced|talks|talked) (?P<obj>me|us|her) (?:into|to) "
        rf"(?:{gap(5)})?(?P<act>(?:i|she|we) (?:do|did|does) not (?:want|like)|i am not (?:ok|okay|comfortable)"
        r"|i said no|i do not want to do|i did not want to do)",
        "want like ok okay comfortable no do",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/spiked",
        "abuse",
        False,
        r"(?P<v>i was|i got|i have been|someone|somebody|he|she|they|i think i was|i think someone)"
        r" (?P<act>(?:drugged|spiked) (?:me|my drink|my drinks)|drugged|spiked)(?! (?:the punch|with fun))",
        "drugged spiked",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/scares-me",
        "abuse",
        False,
        r"(?P<v>someone|somebody|he|she|a man|a guy|my (?:{W} )?(?:husband|wife|partner|boyfriend"
        r"|girlfriend|ex|dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmother|brother|son"
        r"|carer|flatmate|housemate|roommate|uncle)) (?:who )?(?P<act>(?:scares|frightens|terrifies"
        r"|threatens) me(?! (?:with (?:his|her|their) (?:jokes|pranks|driving|masks)|when (?:he|she) jumps"
        r"|for fun| lol)))"
        r"|(?P<v2>scared|afraid|frightened|terrified) (?P<act2>(?:to go home|of going home|to be at home"
        r"|to be alone with (?:him|her|them)|of what (?:he|she|they) (?:will|would|might) do"
        r"|of (?:my|him|her) (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad"
        r"|stepfather|mum|mom|mother|stepmum|carer)?(?= [,.]| $| because| when| and)))".replace(
            "{W}", W
        ),
        "scares frightens terrifies threatens home alone do husband wife partner boyfriend "
        "girlfriend ex dad father stepdad stepfather mum mom mother stepmum carer him her",
        who="against_me",
    ),
    _rule(
        "kinds/locked-out",
        "abuse",
        False,
        r"(?P<v>kicked|kicks|kick|threw|throws|throw|locked|locks|shut|shuts|chucked|chucks|chuck)"
        r" (?P<obj>me|us) (?P<act>(?:out|in)(?: of (?:the house|the flat|home|my room|the car))?(?: in"
        r" the (?:snow|rain|cold|dark)| at night| for (?:days|hours|the night)| on the streets?"
        r"| without| again| [,.]| $| and))",
        "out in",
        who="against_me",
    ),
    _rule(
        "kinds/eggshells",
        "abuse",
        False,
        r"(?P<v>walk|walking|walked|tiptoe|tiptoeing) (?P<act>on eggshells (?:{g})(?:he|she|him|her"
        r"|his|because of (?:his|her|their|my (?:husband|wife|partner|boyfriend|girlfriend|dad|mum|mom"
        r"|stepdad|stepmum|father|mother))|temper|(?:he|she) does not)"
        r"|on eggshells (?:at home|in (?:my|our) (?:own )?(?:home|house|flat)))".replace(
            "{g}", gap(6)
        ),
        "he she him her his temper because does home house flat",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/into-my-bed",
        "abuse",
        False,
        r"(?P<v>tried to|tries to|trying to|keeps trying to|wants to|wanted to|comes|came|gets|got"
        r"|climbs|climbed) (?P<act>(?:get |come |climb )?(?:into|in) (?:my bed|bed with me|the shower"
        r" with me|the bath with me|my room at night))",
        "bed shower bath night",
        who="against_me",
    ),
    # -- harm from others, more kinds (safety_dev5) ----------------------------
    _rule(
        "kinds/hurt-my-body",
        "abuse",
        True,
        rf"(?:{_CLOSE_SUBJ}) (?:{gap(2)})?(?P<v>scratched|scratches|bit|bites|slapped|slaps|punched"
        r"|punches|kicked|kicks|hit|hits|grabbed|grabs|twisted|twists|burned|burnt|burns|choked"
        r"|chokes|squeezed|squeezes|pinched|pinches|elbowed|elbows|headbutted|stamped on|stamps on"
        r"|stood on|split|broke|cracked|fractured|bruised|slammed|slams|smashed|smashes|banged|bangs"
        r"|scalded)"
        r" (?P<obj>my) (?P<act>(?:face|arm|arms|neck|throat|head|hair|wrist|wrists|back|stomach|chest"
        r"|lip|lips|eye|eyes|nose|ribs|rib|body|hand|hands|fingers|finger|jaw|cheek|ear|shoulder"
        r"|shoulders|skin|tooth|teeth|legs|leg)(?! (?:by accident|accidentally|playing|in the game"
        r"|while (?:playing|asleep|dreaming)|in (?:his|her|their) sleep)))",
        "scratched scratches bit bites slapped slaps punched punches kicked kicks hit hits grabbed "
        "grabs twisted twists burned burnt burns choked chokes squeezed squeezes pinched pinches "
        "elbowed elbows headbutted stamped stamps stood split broke cracked fractured bruised "
        "slammed slams smashed "
        "smashes banged bangs scalded",
        who="against_me",
    ),
    _rule(
        "kinds/regret-it-if-i-leave",
        "abuse",
        True,
        r"(?P<v>told|tells|says|said|warned|warns|threatened|threatens|reminds|reminded|keeps telling"
        r"|keeps saying) me (?:that )?(?P<act>i (?:would|will|am going to|will really) (?:really )?regret"
        r" (?:it|this|that) if i (?:ever )?(?:try to |tried to )?(?:leave|left|tell|told|go|went|report"
        r"|reported|call|called|speak|spoke|talk|talked|say|said)"
        r"|(?:nobody|no one|noone|they|the police) (?:would|will|could) (?:ever )?find (?:my|your|the)"
        r" body)",
        "regret body",
        who="self",
        negatable=False,
    ),
    _rule(
        "kinds/weapon-shown",
        "abuse",
        False,
        r"(?P<v>points|pointed|pointing|waves|waved|waving|holds|held|holding|pulled|pulls|flashed"
        r"|flashes) (?:a|his|her|their|the) (?:gun|knife|blade|rifle|shotgun|pistol|machete|weapon)"
        r" (?P<act>(?:at|to|against) (?P<obj>me|my (?:head|face|throat|neck|chest)))"
        r"|(?P<v2>sends|sent|texts|texted|shows|showed|keeps sending) (?P<obj2>me) (?:a |the )?"
        r"(?P<act2>(?:pictures|photos|photo|picture|videos|video|pics) of (?:his|her|their|a) (?:gun"
        r"|guns|knife|knives|blade|rifle|shotgun|weapon|weapons)(?! (?:collection|for sale|he (?:is|was)"
        r" selling)))"
        r"|(?P<v3>reminds|reminded|keeps reminding|tells|told) (?P<obj3>me) (?P<act3>(?:where|that)"
        r" (?:the|his|her|a) (?:gun|knife|knives|weapon) (?:is|are|was))",
        "gun knife blade rifle shotgun pistol machete weapon guns knives weapons",
        who="against_me",
    ),
    _rule(
        "kinds/prove-where-i-am",
        "abuse",
        False,
        r"(?P<v>have to|has to|must|makes me|made me|make me|got to|expected to|need to) (?P<act>prove"
        r" where i (?:am|was|have been|go)|(?:send|show) (?:him|her|them) (?:a )?(?:photos?|pictures?"
        r"|videos?|selfies?|pics?|my location|a live location) (?:{g})(?:to prove|of where|every time|(?:he"
        r"|she|they) (?:knows|can see|believes))"
        r"|ask (?:his |her |their |him |them )?(?:for )?permission (?:to|before|if i can) (?:go|leave"
        r"|see|spend|buy|eat|wear|visit|talk|call|have|shower|sleep|use|text|meet)(?! (?:early|a day"
        r"|time off|on holiday|for (?:a|the) (?:day|week|meeting|shift))))".replace("{g}", gap(3)),
        "prove photos photo pictures picture videos video selfies selfie pics pic location permission",
        who="self",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/money-into-his-account",
        "abuse",
        False,
        r"(?P<v>my) (?P<act>(?:wages|salary|pay|pension|benefits|money|income|earnings|universal"
        r" credit|student loan|child benefit) (?:all )?(?:go|goes|went|going|get paid|gets paid|is paid"
        r"|are paid|has to go|have to go) (?:straight |directly |all )?(?:in)?to (?:his|her|their)"
        r" (?:account|bank|bank account|name))",
        "account bank name",
        who="self",
    ),
    _rule(
        "kinds/tracker-on-my-things",
        "abuse",
        False,
        r"(?P<v>found|find|discovered|noticed|spotted) (?:a |an |some )?(?P<act>(?:tracker|tracking"
        r" device|tracking app|spy app|spyware|hidden camera|camera|airtag|air tag|gps tracker"
        r"|recording device|bug) (?:on|in|under|inside|hidden in) my (?:phone|car|laptop|bag|bike|coat"
        r"|room|bedroom|computer|handbag|purse|flat|house))"
        r"|(?P<v2>put|puts|installed|installs|hid|hides|placed|stuck) (?:a |an )?(?P<act2>(?:tracker"
        r"|tracking app|spy app|spyware|hidden camera|airtag|air tag|gps tracker|app|camera|software)"
        r" (?:on|in|under|inside) (?P<obj>my) (?:phone|car|laptop|bag|bike|coat|room|bedroom|computer"
        r"|handbag) (?:(?:he|she|they) can|to) (?:read|track|see|watch|spy|check|monitor|listen"
        r"|follow|know|record))",
        "tracker device app spyware camera airtag tag bug software",
        who="against_me",
    ),
    _rule(
        "kinds/checks-everything-i-spend",
        "abuse",
        False,
        r"(?P<v>monitors|monitored|monitoring|checks|checked|checking|goes through|went through|going"
        r" through|reads|tracks|tracked|tracking|controls|questions|questioned|counts|audits)"
        r" (?P<act>(?P<obj>my) (?:bank account|bank statements|bank|emails|messages|texts|phone|browser"
        r" history|receipts|spending|purse|wallet|bag|pockets)(?: (?:every (?:night|day|time|penny|week"
        r"|evening)|all the time|constantly|behind my back|while i (?:am asleep|sleep)|when i am asleep"
        r"|and questions|and goes mad|and gets angry|and kicks off))"
        r"|every penny(?: i (?:spend|earn))?)",
        "bank statements emails messages texts phone history receipts spending purse wallet bag "
        "pockets penny",
        who="against_me",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/put-down-every-day",
        "abuse",
        False,
        r"(?P<v>tells|told|calls|called|says|said|reminds|reminded|keeps telling|keeps calling"
        r"|keeps saying|screams|screamed|shouts|shouted|yells"
        r"|yelled) (?P<obj>me) (?:that )?(?P<act>(?:i am|i was|i will always be|i will never be"
        r" anything but) (?:a |an )?(?:worthless|nothing|a waste of space|a waste of oxygen|unlovable"
        r"|a mistake|garbage|trash|vermin|subhuman)"
        r"|(?:a |an )?(?:worthless|waste of space|waste of oxygen|mistake|unlovable)(?! (?:to|in|on|at"
        r"|of (?:a|an|the)) )"
        r"|(?:she|he|they) (?:wishes|wish|wished) (?:she|he|they) (?:had |would )?never had me"
        r"|(?:she|he|they) (?:wishes|wish|wished) i (?:had |would )?(?:never been born|was dead|were"
        r" dead|died))",
        "worthless nothing space oxygen unlovable mistake garbage trash vermin subhuman had born "
        "dead died",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/until-i-apologise",
        "abuse",
        False,
        r"(?P<v>screams|screamed|screaming|shouts|shouted|shouting|yells|yelled|yelling|rages|raged"
        r"|goes on|went on|keeps on) at (?P<obj>me) (?P<act>(?:until|till|til) i (?:apologise|apologize"
        r"|apologised|apologized|say sorry|said sorry|cry|cried|shake|shook|am shaking|was shaking|beg"
        r"|begged|give in|gave in|agree|agreed))"
        r"|(?P<v2>humiliates|humiliated|humiliating|belittles|belittled|belittling|degrades|degraded"
        r"|mocks|mocked|ridicules|ridiculed) (?P<obj2>me) (?P<act2>in front of|in public|every day"
        r"|all the time|constantly|at every)",
        "until till til front public every all constantly",
        who="against_me",
        # Someone close: "my boss humiliated me in front of the team" is a bad
        # day at work, not harm at home.
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/sexual-coercion",
        "abuse",
        True,
        r"(?P<v>pressures|pressured|pressuring|forces|forced|forcing|guilts|guilted|guilting|coerces"
        r"|coerced|talks|talked|pushes|pushed|bullies|bullied|makes|made) (?P<obj>me|us) (?:into |to )?"
        r"(?P<act>sex|having sex|have sex|sleeping with (?:him|her|them)|sleep with (?:him|her|them)"
        r"|sexual (?:things|stuff|acts)|sending (?:nudes|pictures|photos|videos)|send (?:nudes|pictures"
        r"|photos|videos)|(?:do|doing) (?:things|stuff) in bed)"
        r"|(?P<v2>does not|did not|will not|would not|never|wo not) (?P<act2>stop when i (?:say|said|tell"
        r" (?:him|her|them)|told (?:him|her|them)|ask (?:him|her|them)|asked (?:him|her|them)|beg|begged"
        r"|cry|cried|push (?:him|her|them) away|pushed (?:him|her|them) away)(?: (?:no|to stop|stop"
        r"|that i do not want|i do not want|him to stop|her to stop))?)"
        r"|(?P<v3>secret) (?:about )?(?P<act3>what (?:he|she|they|my {W}) (?:does|did|has done|used to"
        r" do|keeps doing|is doing) (?:to|with) me)".replace("{W}", W),
        "sex sleeping sleep sexual nudes pictures photos videos bed stop me",
        who="against_me",
        negatable=False,
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/turns-up-where-i-am",
        "abuse",
        False,
        r"(?P<v>turns|turned|turning|shows|showed|showing|keeps turning|keeps showing) up (?P<act>(?:outside"
        r"|at|near) my (?:work|house|home|flat|door|school|uni|office|job|gym|window|parents)(?: house)?"
        r"(?: (?:every|again|all the time|at night|uninvited|even though|whenever|when i|after i|and"
        r" (?:waits|watches|bangs|refuses|will not))))"
        r"|(?P<v2>sitting|sits|sat|parked|parks|parking|waiting|waits|waited|hangs around|hanging around"
        r"|lurking|lurks|watching|watches|stands|standing) (?P<act2>outside my (?:house|flat|home|work"
        r"|window|door|school|office)(?: in (?:his|her|their|a) car)?(?: (?:at night|every|again|for"
        r" hours|all night|all day|when|and|until)))"
        r"|(?P<v3>keep|keeps|kept) (?:seeing|finding|bumping into|running into) (?P<act3>(?:him|her|them)"
        r" (?:everywhere|wherever i go|at places|in places|outside))"
        r"|(?P<v4>he|she|they) (?:now |somehow |still |already )?(?P<act4>(?:knows|knew|found out"
        r"|has found out|worked out|has got|has) (?:where i (?:live|am staying|work|sleep)|my (?:new )?"
        r"address)(?= [,.]| $| now| and| even| so| again))",
        "work house home flat door school uni office job gym window parents everywhere wherever "
        "places outside live staying sleep address",
        who="self",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/share-my-pictures",
        "abuse",
        False,
        r"(?P<v>he|she|they|my ex) (?:said |says |keeps saying |threatens |threatened |is threatening"
        r" |keeps threatening |will |would |is going to |are going to |could )?(?:that )?(?:he |she"
        r" |they )?(?:will |would |is going to |are going to |to |could )?(?P<act>(?:send|post|share"
        r"|leak|show|upload|spread|put) (?:them|those|it|the (?:photos|pictures|videos|pics|nudes|video"
        r"|photo)|my (?:photos|pictures|videos|pics|nudes)|our (?:photos|pictures|videos|pics)) (?:to"
        r"|online|on|everywhere|around|with everyone|all over))",
        "send post share leak show upload spread put",
        who="self",
        needs="nudes naked intimate videos photos pictures pics video photo",
    ),
    _rule(
        "kinds/forced-marriage",
        "abuse",
        False,
        r"(?P<v>force|forcing|forced|make|making|made) (?:me (?:to |into )?|to |into )(?P<act>(?:marry|marrying|get married|getting married)(?! (?:in|at|on"
        r"|before|after|sooner|quickly|already|later)(?![a-z])))"
        r"|(?P<v2>have to|got to|must|supposed to|going to have to) (?P<act2>marry (?:{g})(?:whether i"
        r"|though i|against my|i have never met|i do not (?:love|know|want)|or (?:else|they)))"
        r"|(?P<v3>forced) (?P<act3>marriage)".replace("{g}", gap(4)),
        "marry marrying married marriage",
        who="self",
    ),
    _rule(
        "kinds/money-from-my-purse",
        "abuse",
        False,
        r"(?P<v>{s}) (?:{g5})?(?:takes|took|taking|steals|stole|stealing|helps himself to|helps herself"
        r" to|helped himself to|helped herself to) (?:{g})?(?P<act>(?:money|cash|notes|my money) (?:out of|from)"
        r" (?P<obj>my) (?:purse|wallet|account|bank|handbag|pension|savings|bag))".replace(
            "{g}", gap(2)
        )
        .replace("{g5}", gap(5))
        .replace("{s}", _CLOSE_SUBJ),
        "purse wallet account bank handbag pension savings bag",
        who="against_me",
    ),
    _rule(
        "kinds/bullied",
        "abuse",
        True,
        r"(?P<v>being|been|am|get|gets|getting|got|was|were|keep getting) (?P<act>bullied(?! (?:into"
        r" (?:buying|going|doing|joining|signing|taking))(?![a-z])))",
        "bullied",
    ),
    _rule(
        "kinds/asks-me-for-pictures",
        "abuse",
        True,
        r"(?P<v>teacher|coach|tutor|boss|manager|instructor|older (?:guy|man|boy|lad)|grown man|man"
        r"|guy|stranger|someone online|uncle|stepdad|stepfather|step dad|priest|youth leader)"
        r" (?:{g})(?P<act>(?:asking|asks|asked|keeps asking|wants|wanted|told|tells|pressuring"
        r"|pressures|begging|begs) (?:me )?(?:to )?(?:send|for) (?:him |her |them )?(?:pictures|pics"
        r"|photos|nudes|videos|selfies|photos of me|pictures of me)(?! (?:of (?:the|my) (?:homework"
        r"|work|essay|project|car|dog|cat|house|garden|receipt|form))(?![a-z])))".replace(
            "{g}", gap(3)
        ),
        "pictures pics photos nudes videos selfies",
        who="self",
    ),
    _rule(
        "kinds/denies-what-happened",
        "abuse",
        False,
        r"(?P<v>tells|told|says|said|keeps telling|keeps saying|insists|insisted|convinces|convinced"
        r"|swears|swore) (?:me )?(?:that )?(?:{g})(?P<act>(?:none of it|it never|that never|it did not"
        r"|that did not|none of that) happen(?:ed)?(?: (?:the way|like) i (?:remember|said|say))?"
        r"|i (?:am|was) (?:imagining|making) (?:it|things|it all) up|i (?:am|was) imagining"
        r" (?:it|things))"
        r"|(?P<v2>prove|proves|proving|proved) (?:that )?(?:to (?:everyone|people|my family) )?"
        r"(?:that )?(?P<act2>i am (?:unstable|crazy|mad|insane|mental|unfit|an unfit (?:mother|mum"
        r"|mom|parent|father|dad)|losing my mind))".replace("{g}", gap(5)),
        "happen happened imagining making unstable crazy mad insane mental unfit mind",
        who="self",
        needs=_SOMEONE_CLOSE,
        negatable=False,
    ),
    _rule(
        "kinds/reproductive-coercion",
        "abuse",
        False,
        r"(?P<v>hid|hides|hidden|hiding|threw away|throws away|binned|bins|flushed|flushes|messed with"
        r"|tampered with|poked holes in|pokes holes in|stopped me taking|will not let me take|does not"
        r" let me take) (?P<act>my (?:pill|pills|contraception|contraceptive|contraceptives|birth"
        r" control|condoms|implant|coil))"
        r"|(?P<v2>wants|trying|tries|tried|forcing|forced|wanted) (?:to )?(?:get )?(?P<act2>me pregnant"
        r" (?:so|because|to keep|to stop|against))",
        "pill pills contraception contraceptive contraceptives control condoms implant coil pregnant",
        who="self",
        negatable=False,
    ),
    _rule(
        "kinds/cut-me-off",
        "abuse",
        False,
        r"(?P<v>cut|cuts|cutting|isolated|isolates|isolating|kept|keeps|keeping|turned|turns|turning)"
        r" (?P<obj>me) (?P<act>(?:off |away )?(?:from|against) (?:my|all my|everyone|everybody|anyone)"
        r"(?: (?:family|friends|mum|mom|dad|parents|sister|brother|people))?)"
        r"|(?P<v2>will not|does not|would not|never|refuses to|refused to|did not|stopped) (?:let|letting)"
        r" (?P<obj2>me) (?P<act2>(?:work|have a job|get a job|keep my job|learn|study|see a doctor|go to"
        r" the doctor|go to the doctors|eat|sleep|have a key|have any money|have a bank account|wash"
        r"|shower|use the phone|see my kids|see the kids)(?= [,.]| $| until| unless| without| or| and"
        r"| if| when| anymore))",
        "off away from against work job learn study doctor doctors eat sleep key money account "
        "wash shower phone kids",
        who="against_me",
        needs=_SOMEONE_CLOSE,
        negatable=False,  # "won't let me" carries its own "not"
    ),
    _rule(
        "kinds/never-hit-me-but",
        "abuse",
        False,
        r"(?P<v>never|not|has not|does not|did not|has never|have never) (?:actually |physically )?"
        r"(?:hit|hits|touched|touch|hurt|hurts|laid a finger on|beaten|beat) (?P<act>me(?: yet)?"
        r" (?:, )?but (?:he|she|they))",
        "me",
        who="self",
        negatable=False,
    ),
    _rule(
        "kinds/woke-to-find",
        "abuse",
        True,
        r"(?P<v>woke up|woke|wake up|came round|came to|come round) (?:in the (?:night|middle of the"
        r" night|morning|dark) |at night )?(?:and|to find|with) (?P<act>(?:he"
        r"|she|they|someone|a man|a guy|him|her) (?:was |were |is )?(?:on top of|touching|undressing"
        r"|inside|in bed with|filming|photographing) me)",
        "top touching undressing inside bed filming photographing",
        who="self",
    ),
    _rule(
        "kinds/watches-me-change",
        "abuse",
        True,
        r"(?P<v>watches|watched|watching|films|filmed|filming|records|recorded|recording|walks in on"
        r"|walked in on|spies on|spied on|spying on|peeps at) (?P<obj>me) (?P<act>(?:get|getting|while i"
        r"|when i) (?:changed|undressed|am changing|change|undress|shower|showering|am in the shower"
        r"|in the shower|bath|bathe|am in the bath|in the bath|am asleep|sleep|am sleeping))",
        "changed undressed changing change undress shower showering bath bathe asleep sleep sleeping",
        who="against_me",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/never-see-the-kids",
        "abuse",
        False,
        r"(?P<v>says|said|tells|told|threatens|threatened|warns|warned|reminds) (?:me )?(?:that )?"
        r"(?P<act>i (?:will|would) never see (?:the|my|our) (?:kids|children|baby|son|daughter|kid)"
        r" again)"
        r"|(?P<v2>holds|held|uses|used) (?P<act2>(?:the|my|our) (?:kids|children|baby) (?:over|against)"
        r" me)",
        "again over against",
        who="self",
        negatable=False,
    ),
    _rule(
        "kinds/by-my-hair",
        "abuse",
        True,
        r"(?P<v>drags|dragged|dragging|pulls|pulled|pulling|yanks|yanked|grabs|grabbed|lifts|lifted"
        r"|holds|held|throws|threw) (?P<obj>me) (?:{g})(?P<act>by (?:my|the) (?:hair|throat|neck"
        r"|collar|ear|ears|ankle|ankles|wrists|arm|arms))".replace("{g}", gap(4)),
        "hair throat neck collar ear ears ankle ankles wrists arm arms",
        who="against_me",
    ),
    # -- suicide and self-harm, more kinds (safety_dev5) -----------------------
    _rule(
        "kinds/end-things",
        "suicide",
        True,
        r"(?P<v>going to|gonna|will|decided to|ready to|about to|want to|plan to|planning to|is when i"
        r"|was when i|tonight i|today i|tomorrow i|then i|and i will) (?:{g})?(?P<act>end (?:things"
        r"|everything|it all)(?! (?:with|between|for (?:now|today|the)|on (?:a|good)|there|here|at work"
        r"|at the|properly with|amicably)(?![a-z])))".replace("{g}", gap(1)),
        "things everything all",
    ),
    _rule(
        "kinds/my-note",
        "suicide",
        True,
        r"(?P<v>writing|wrote|written|write|finished|finishing|left|leaving|leave|drafted|drafting"
        r"|typed|typing) (?P<act>(?:my|a) (?:suicide|goodbye|last|final) (?:note|letter|letters|notes)"
        r"(?! (?:for (?:the|my) (?:landlord|boss|class|teacher|neighbours|team|exam|course)|about (?:the"
        r"|my) (?:bins|rent|flat|job)))"
        r"|my note(?= [,.]| $| now| tonight| today| already| for (?:my family|everyone|whoever|my kids"
        r"|my mum|my mom|my dad|my parents)))",
        "note letter letters notes",
    ),
    _rule(
        "kinds/everything-in-the-cabinet",
        "suicide",
        True,
        r"(?P<v>take|taking|took|swallow|swallowing|swallowed|down|downing|downed|neck|necking)"
        r" (?P<act>(?:everything|all of it|all the (?:pills|tablets|meds)|the lot|whatever is) (?:in|from)"
        r" (?:the|my|our|mum's|mom's|dad's) (?:medicine cabinet|medicine cupboard|cabinet|bathroom"
        r" cabinet|first aid box|pill box|pill drawer))",
        "cabinet cupboard box drawer",
    ),
    _rule(
        "kinds/the-rope",
        "suicide",
        True,
        r"(?P<v>have|got|bought|buy|found|tied|tying|tie|made|making|hung|hanging|set up|ready|prepared)"
        r" (?P<act>(?:the|a|my) noose|the rope(?= [,.]| $| ready| now| tonight| up| in the| is ready"
        r"| already)|a rope (?:up|ready)(?= [,.]| $| in| tonight| now))",
        "noose rope",
    ),
    _rule(
        "kinds/no-future-with-me",
        "suicide",
        False,
        r"(?P<v>can not|cannot|could not|do not|unable to|no longer|never) (?:really |even )?(?:see"
        r"|imagine|picture|envision) (?P<act>(?:a |any )?future (?:with me in it|where i am (?:still )?"
        r"(?:here|alive|in it)|with me alive)|myself (?:alive|still here|still alive|being here|living)"
        r" (?:in|by|at|next|past|this time next))",
        "future myself",
        negatable=False,
    ),
    _rule(
        "kinds/looking-at-the-pills",
        "suicide",
        False,
        r"(?P<v>looking|looked|look|staring|stared|stare|keep looking|keep staring|sat looking|sitting"
        r" looking) at (?P<act>(?:the|my|all the|all my|those|a) (?:pills|tablets|meds|medication|rope"
        r"|noose|blade|blades|razor|razors) (?:and (?:thinking|wondering|counting|think|wonder)|for"
        r" hours|again and thinking|tonight and))",
        "pills tablets meds medication rope noose blade blades razor razors",
    ),
    _rule(
        "kinds/feel-the-blade",
        "self_harm",
        False,
        r"(?P<v>feel|feeling|felt) (?P<act>(?:the|a|my) (?:blade|razor|razor blade|sharpener blade)"
        rf"(?: again| on my| against my| tonight| one more time|{E}))",
        "blade razor",
    ),
    _rule(
        "kinds/blade-kept-for-bad-days",
        "self_harm",
        True,
        r"(?P<v>keep|keeps|kept|hide|hides|hid|hidden|carry|carries|carried|stash|stashed) (?:a |my |the"
        r" |some |spare )?(?P<act>(?:razor|razors|blade|blades|razor blades|sharpener blades) (?:in|under"
        r"|inside|behind|at the back of) (?:my|the) (?:{g})(?:for (?:bad days|when|emergencies|later|the"
        r" bad)|just in case|in case|so i can))".replace("{g}", gap(3)),
        "razor razors blade blades",
    ),
    _rule(
        "kinds/thinking-about-cutting",
        "self_harm",
        False,
        r"(?P<v>think|thinks|thinking|thought|dream|dreaming|obsessing|fantasi[sz]ing|fantasi[sz]e)"
        r" about (?P<act>(?:cutting|burning|hurting|harming|scratching) (?:myself|my (?:arms|wrists|legs"
        r"|thighs|skin|stomach))|(?:cutting|self harming|self-harming|harming) (?:again|all the time"
        rf"|every day|constantly)|cutting{E})",
        "cutting burning hurting harming scratching",
    ),
    _rule(
        "kinds/sleeves-to-hide",
        "self_harm",
        False,
        r"(?P<v>wear|wears|wearing|wore) (?P<act>(?:long sleeves|a hoodie|hoodies|jumpers|sleeves"
        r"|bracelets|plasters|bandages|wristbands) (?:{g})(?:(?:nobody|no one|people do not|they do"
        r" not|nobody can|no one can|my (?:mum|mom|dad|parents|friends) do not) (?:see|sees|notice"
        r"|notices|ask|asks)|to (?:hide|cover) (?:my|the) (?:arms|wrists|cuts|scars|marks|legs|thighs"
        r"|burns)))".replace("{g}", gap(4)),
        "sleeves hoodie hoodies jumpers bracelets plasters bandages wristbands",
    ),
    _rule(
        "kinds/too-many-pills",
        "suicide",
        False,
        r"(?P<v>took|taken|has taken|have taken|swallowed|downed|necked) (?P<act>(?:many|a load of"
        r"|loads of|a lot of|a whole (?:box|packet|bottle|strip|pack) of|all (?:of )?(?:her|his|their"
        r"|my|the)|way many|an overdose of)(?: of)? (?:her |his |their |the |my )?(?:pills|tablets"
        r"|meds|medication|paracetamol|painkillers|sleeping pills|antidepressants)(?!(?: today| this"
        r" morning| tonight)? (?:like|as)"
        r" (?:the doctor|my doctor|the gp|prescribed|i was told|i should)| as prescribed))",
        "pills tablets meds medication paracetamol painkillers antidepressants",
    ),
    _rule(
        "kinds/thinking-of-hurting-them",
        "harm_to_others",
        False,
        r"(?P<v>thought|thinking|think|fantasi[sz]e|fantasi[sz]ing|fantasi[sz]ed|dream|dreaming|imagine"
        r"|imagining) about (?P<act>(?:poisoning|stabbing|strangling|smothering|drowning|shooting"
        r"|killing|hurting|attacking|suffocating|battering|burning) (?:him|her|them|{o})"
        r"(?! (?:feelings|off|in (?:my|the) (?:book|novel|story|game))(?![a-z])))".replace(
            "{o}", _OBJ
        ),
        "poisoning stabbing strangling smothering drowning shooting killing hurting attacking "
        "suffocating battering burning",
        who="intent_other",
    ),
    # -- harm to others -----------------------------------------------------
    _rule(
        "kinds/revenge",
        "harm_to_others",
        False,
        r"(?P<v>get|getting|got|take|taking|plan|planning|planned|plot|plotting|want|wanting|seek"
        r"|seeking|need|going to get) (?:my )?(?P<act>revenge(?: on (?:him|her|them|{o}))?(?: [,.]| $"
        r"| and| it| for| they| he| she))".replace("{o}", _OBJ),
        "revenge",
        who="intent_other",
    ),
    _rule(
        "kinds/make-them-pay",
        "harm_to_others",
        False,
        r"(?P<v>make|making|made) (?P<obj>him|her|them|you|that (?:{W} )?{P}|(?:that|the) (?:whole )?"
        r"(?:school|class|office|team|family|estate|lot of them)) (?P<act>suffer|bleed"
        r"|regret (?:it|this|that|everything|what)|pay(?=(?: [,.])| $| for (?:this|that|what|everything)"
        r"| with| in blood| dearly))".replace("{W}", W).replace("{P}", PERSON),
        "suffer bleed regret pay",
        who="intent_other",
    ),
    _rule(
        "kinds/hurt-someone-now",
        "harm_to_others",
        False,
        r"(?P<v>could|might|will|going to|want to|feel like|scared i will|afraid i will|worried i will)"
        r" (?:{g})(?P<act>(?:hurt|kill|hit|attack|stab|punch|strangle|seriously hurt) (?:someone|somebody"
        r"|anyone|anybody|people|everyone|everybody)(?! (?:with (?:words|kindness)|by accident)))".replace(
            "{g}", gap(1)
        ),
        "someone somebody anyone anybody people everyone everybody",
        who="intent_other",
    ),
    _rule(
        "kinds/run-them-over",
        "harm_to_others",
        False,
        r"(?P<v>thinking of|thinking about|want to|wanted to|going to|will|planning to|fantasi[sz]ing"
        r" about|fantasi[sz]e about|dream about|imagine|imagining|could|tempted to) "
        r"(?P<act>(?:running|run|driving|drive|mowing|mow|knocking|knock) (?:{o}) (?:over|down))".replace(
            "{o}", _OBJ
        ),
        "over down",
        who="intent_other",
    ),
    _rule(
        "kinds/weapon-for-someone",
        "harm_to_others",
        True,
        r"(?P<v>bought|got|buy|get|getting|carry|carrying|took|take|taking|bring|brought|have|sharpened"
        r"|hid|hidden) (?:a|my|the|a big) (?P<act>(?:knife|gun|blade|bat|baseball bat|weapon|crowbar"
        r"|hammer|machete) (?:{g})(?:to|for|and (?:go|going|wait)) (?:deal with|sort|sort out|get|handle"
        r"|teach|use on|meet|see|confront|visit|go after|wait for|hurt|scare) (?:him|her|them|{o}))".replace(
            "{g}", gap(2)
        ).replace("{o}", _OBJ),
        "him her them " + PERSON_NOUNS,
        who="intent_other",
    ),
    # -- harm from others, more kinds (dev7) ---------------------------------
    _rule(
        "kinds/hands-on-me",
        "abuse",
        True,
        r"(?P<v>put|puts|putting|laid|lays|laying|lay|raised|raises|raising) (?P<act>(?:his|her|their)"
        r" hands on (?P<obj>me)|(?:a )?(?:hand|finger|fist) (?:on|to|at) (?P<obj2>me))",
        "hands hand finger fist",
        who="against_me",
    ),
    _rule(
        "kinds/made-afraid-at-home",
        "abuse",
        False,
        r"(?P<v>makes|made|making|make) (?P<obj>me) (?P<act>(?:feel )?(?:scared|afraid|terrified"
        r"|frightened|unsafe|petrified) (?:in (?:my|our) (?:own )?(?:home|house|flat|room|bed)|at home"
        r"|to (?:go|come) home|of (?:him|her|them|what (?:he|she|they) (?:will|might|would) do)"
        r"|for my (?:life|safety)))",
        "home house flat room bed him her them what life safety",
        who="against_me",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/debt-in-my-name",
        "abuse",
        False,
        r"(?P<v>(?:made|makes|forced|forces|pressured|pressures|pushed|pushes) me (?:to |into )?"
        r"(?:take|taking|get|getting|sign|signing|open|opening) (?:out |up |for )?"
        r"|(?:he|she|they) (?:has |had |have )?(?:took|takes|taken|opened|opens|put|puts|ran up"
        r"|runs up|run up|got|gets|signed) (?:out |up )?)(?P<act>(?:a |more |another )?"
        r"(?:loans?|credit cards?|debts?|a mortgage|overdrafts?|phone contracts?|catalogue accounts?"
        r"|finance|payday loans?) (?:out )?in my name)",
        "name",
        who="victim",
    ),
    _rule(
        "kinds/allowance-from-partner",
        "abuse",
        False,
        r"(?P<v>gives|gave|give|allows|allowed|hands) (?P<obj>me) (?P<act>(?:an |a small |a tiny |a )"
        r"?(?:allowance|pocket money|weekly allowance|spending money)(?! for (?:my|our) birthday))",
        "allowance money",
        who="against_me",
        needs="husband wife partner boyfriend girlfriend takes took controls controlled wages "
        "salary paycheck paycheque pension",
    ),
    _rule(
        "kinds/left-uncared-for",
        "abuse",
        False,
        r"(?P<v>leaves|left|leaving|keeps|kept) (?P<obj>me) (?P<act>(?:in|on) (?:wet|soiled|dirty|soaking)"
        r" (?:sheets|clothes|bed|bedding|pads?|nappies)|without (?:food|water|my (?:meds|medication"
        r"|pills|tablets|insulin|inhaler|glasses|hearing aid|walking frame|frame|stick))"
        r"(?: for (?:hours|days|the whole day|all day))?)",
        "wet soiled dirty soaking food water meds medication pills tablets insulin inhaler glasses "
        "aid frame stick",
        who="against_me",
    ),
    _rule(
        "kinds/told-to-kill-myself",
        "abuse",
        True,
        r"(?P<v>telling|tell|tells|told|keep telling|keeps telling|kept telling|messaging|messaged"
        r"|texting|texted|saying|said|commenting|commented|dm|dms|dming) (?P<obj>me) (?:that )?(?:i should |to go )?"
        r"(?P<act>(?:to )?(?:kill myself|kms|die|unalive myself|end it|end my life|drink bleach"
        r"|hang myself|slit my wrists|go die|do everyone a favour))",
        "kill kms die unalive end bleach hang slit favour",
        who="against_me",
        negatable=False,
    ),
    _rule(
        "kinds/watching-my-every-move",
        "abuse",
        False,
        r"(?P<v>tracking|tracks|tracked|track|monitoring|monitors|monitored|reading|reads|read|checks"
        r"|checking|goes through|going through|went through|spying on|spies on|spied on|hacked|hacks"
        r"|hacking|logs into|logged into|logging into) (?P<act>(?:all )?(?P<obj>my) (?:phone|location"
        r"|texts|messages|emails|whatsapp|dms|snapchat|instagram|facebook|accounts|calls"
        r"|browser|search history|every move|car|laptop)(?! (?:bill|case|charger|screen|number|out|aloud"
        r"|to me|for me))"
        r"(?: (?:all the time|every (?:night|day|time)|constantly|behind my back|without asking|when i"
        r" am asleep|while i sleep))?)",
        "phone location texts messages emails whatsapp dms snapchat instagram facebook accounts "
        "calls browser history move car laptop",
        who="against_me",
        needs="he she they him her his partner husband wife boyfriend girlfriend ex someone",
    ),
    _rule(
        "kinds/someone-watching-me",
        "abuse",
        False,
        r"(?P<v>saying|says|said|telling me|knows|know) (?P<act>(?:that )?(?:they are|he is|she is"
        r"|someone is|they have been|he has been|she has been) (?:watching|following|tracking) me"
        r"|(?:where i live|where i am|where i work|what i do) (?:all the time|every day|now|and))"
        r"|(?P<v2>turns|turned|turning|shows|showed|showing|keeps turning|keeps showing) (?P<act2>up"
        r" (?:wherever|everywhere|anywhere) i (?:go|am|work|live))",
        "watching following tracking live am work do wherever everywhere anywhere",
        who="self",
        needs="notes note messages keeps keep he she they ex someone stranger man guy",
    ),
    _rule(
        "kinds/takes-from-my-purse",
        "abuse",
        False,
        r"(?P<v>takes|took|taking|steals|stole|stealing|helps himself to|helped himself to|helps"
        r" herself to|helped herself to|empties|emptied|emptying|drains|drained|draining) (?P<act>"
        r"(?:money|cash|all the money|all my money|my savings|the savings|everything) (?:out of|from)"
        r" (?P<obj>my) (?:purse|wallet|account|bank account|bank|pension|savings|card|bag|handbag)"
        r"|(?P<obj2>my) (?:whole |entire )?(?:paycheck|paycheque|earnings|savings account|bank account"
        r"|savings))",
        "purse wallet account bank pension savings card bag handbag paycheck paycheque earnings",
        who="against_me",
    ),
    _rule(
        "kinds/stockpiling",
        "suicide",
        False,
        r"(?P<v>stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|saving up|saved up|saving"
        r"|collecting|collected|storing|stored|stashing|stashed|building up|keeping back) (?P<act>"
        r"(?:up )?(?:all )?(?:my |his |her |their |some |the |a lot of |lots of )?(?:old )?(?:sleeping )?(?:pills|tablets|meds"
        r"|medication|medicine|painkillers|sleeping pills|antidepressants|prescriptions|paracetamol"
        r"|insulin|codeine)(?! (?:for (?:the|a|my) (?:trip|holiday|travel|journey)|in case (?:of|i (?:run"
        r"|get)))))",
        "pills tablets meds medication medicine painkillers antidepressants prescriptions "
        "paracetamol insulin codeine",
    ),
    _rule(
        "kinds/how-i-will-do-it",
        "suicide",
        True,
        r"(?P<v>worked out|work out|working out|figured out|decided|planned|planning"
        r"|picked|chosen|chose) (?P<act>(?:exactly )?(?:how|when|where) (?:i am going to|i will|i"
        r" would|i am gonna) do it(?=(?: [,.])| $| and| now| this| tonight| tomorrow| on| when"
        r"| if))",
        "how when where",
    ),
    # -- dev8: kinds said sideways (plans, farewells, places, coercion) ------
    _rule(
        "kinds/farewell-words",
        "suicide",
        False,
        r"(?P<v>to|for|dear) (?P<act>whoever (?:finds|found) (?:this|me|my (?:body|note|letter)))"
        r"|(?P<v2>please do not|please never) (?P<act2>blame yourselves)"
        r"|(?P<v4>do not|never) (?P<act4>blame yourselves)(?= for (?:this|any of this|what i|my|me|it)| \. i"
        r" (?:love|am sorry))"
        r"|(?P<v3>letter|letters|note|notes|message|messages|email|video) (?P<act3>(?:explaining|to"
        r" explain|saying|telling (?:them|everyone|you|her|him)) why i (?:had to (?:go|do it|do this"
        r"|end it)|did it|did this|could not stay|can not stay|chose this|am doing this|have to go"
        r"|had to leave you))(?= [,.]| $| and)",
        "whoever yourselves why",
        negatable=False,
    ),
    _rule(
        "kinds/thanking-everyone",
        "suicide",
        False,
        r"(?P<v>texted|messaged|rang|called|phoned|emailed|wrote to|hugged|visited) (?P<act>(?:everyone"
        r"|everybody|all the people|each of the people) i (?:love|care about|have ever loved) (?:{g})"
        r"to (?:say|tell them) (?:thank you|thanks|goodbye|sorry|i love them|how much))".replace(
            "{g}", gap(2)
        ),
        "love care loved",
        negatable=False,
    ),
    _rule(
        "kinds/stop-wanting-to-live",
        "suicide",
        False,
        r"(?P<v>stop|stopped|stopping|stops) (?P<act>wanting to (?:be alive|live|exist|be here|wake up"
        r"|go on|keep going|stay alive))",
        "alive live exist here wake go keep stay",
    ),
    _rule(
        "kinds/not-another-day",
        "suicide",
        False,
        r"(?P<v>sleep|asleep|disappear|vanish|stop) and (?P<act>(?:not|never) (?:have to )?(?:do|face"
        r"|wake up to|live|get through|deal with|survive) another day)",
        "another",
        negatable=False,
    ),
    _rule(
        "kinds/how-you-would-do-it",
        "suicide",
        False,
        r"(?P<v>planning|plan|plans|thinking about|think about|working out|work out|figuring out"
        r"|looking up|researching) (?P<act>how you (?:would|will|could|might|are going to) do it)"
        rf"{E}",
        "how",
        who="self",
    ),
    _rule(
        "kinds/better-if-i-stopped",
        "suicide",
        False,
        r"(?P<v>better off|happier|better|easier|lighter|relieved|fine) (?P<act>if i (?:stopped|stop"
        r"|quit|was not|were not) (?:breathing|existing|living|being alive|being here|being around))"
        r"|(?P<v2>the world|everyone|everybody|my family|they|it|things|life) (?:would|will) be (?:so )?"
        r"(?:much )?(?:lighter|brighter|easier|happier|calmer|simpler|kinder|better) (?P<act2>without"
        r" (?:me|us)(?: in it| around| here)?)(?= [,.]| $)",
        "breathing existing living alive here around me us",
        negatable=False,
        who="self",
    ),
    _rule(
        "kinds/if-i-had-the-guts",
        "suicide",
        False,
        r"(?P<v>if i (?:had|was|were) (?:the )?(?:guts|courage|nerve|balls|brave enough|braver"
        r"|strong enough|less of a coward)) (?:{g})i would (?:have )?(?P<act>(?:done it|do it|gone"
        r" through with it|ended it|finished it)(?: already| by now| years ago| long ago| ages ago)?"
        r")(?= [,.]| $)".replace("{g}", gap(2)),
        "done do gone ended finished",
        negatable=False,
    ),
    _rule(
        "kinds/where-nobody-would-find-me",
        "suicide",
        False,
        r"(?P<v>place|spot|somewhere|woods|forest|field|lake|river|bridge) (?:{g})(?P<act>where (?:nobody"
        r"|no one|noone) (?:would|will|could|can) (?:ever )?find (?:me|my body))".replace(
            "{g}", gap(3)
        ),
        "find",
        negatable=False,
        who="self_only",
    ),
    _rule(
        "kinds/the-place-chosen",
        "suicide",
        False,
        r"(?P<v>i know|i have picked|i have chosen|i picked|i chose|i have decided|already picked"
        r"|already chosen|i have found) (?P<act>which (?:bridge|building|cliff|car park|multi storey"
        r"|tower block|railway bridge|motorway bridge|station|platform|train|tree|roof|beam))(?= \.| $"
        r"| i (?:will|am going to)| to (?:use|jump|go off)| already)"
        r"|(?P<v2>walked|walk|been|went|gone|driven|drove|cycled) (?:out |up |down )?to (?:it|the"
        r" (?:bridge|cliff|cliffs|tracks|roof|edge|viaduct|quarry|car park|multi storey)) (?:{g})"
        r"(?P<act2>to (?:check|look)(?= [,.]| $| again| twice)|to (?:look at the drop|see how high|see how"
        r" far down|get a feel for it))".replace("{g}", gap(3)),
        "which check drop high feel practise practice",
        negatable=False,
        who="self_only",
    ),
    _rule(
        "kinds/eyeing-the-drop",
        "suicide",
        False,
        r"(?P<v>looking|look|looked|staring|stared|stare|eyeing|eyed) at (?P<act>(?:the |that |a )?"
        r"(?:train tracks|railway line|railway|tracks|bridge|multi storey|car park|cliff|cliffs|roof"
        r"|balcony|river|tall building|tower block|motorway bridge|viaduct) (?:{g})(?:differently|in a"
        r" different way|like (?:it is|it was) (?:an|the) (?:answer|way out|exit)|and (?:timing"
        r"|counting|watching) the trains(?= [,.]| $| and (?:think|wonder))))".replace(
            "{g}", gap(4)
        ),
        "differently different answer way exit timing counting watching",
        who="self_only",
    ),
    _rule(
        "kinds/picked-a-date",
        "suicide",
        False,
        r"(?P<v>i have|i) (?:picked|chosen|set|decided on|got) (?P<act>(?:a|the) date)(?= \.| $)",
        "date",
        negatable=False,
    ),
    _rule(
        "kinds/swallow-the-lot",
        "suicide",
        True,
        r"(?P<v>swallow|swallowing|swallowed|down|downing|downed|neck|necking|necked|overdose on)"
        r" (?P<act>(?:everything|all of it|the lot|whatever is|every pill|every tablet) (?:in|from)"
        r" (?:the|my|our|mum's|mom's|dad's) (?:cupboard|drawer|bathroom|kitchen|house|bag|cabinet"
        r"|medicine box|first aid kit))",
        "cupboard drawer bathroom kitchen house bag cabinet box kit",
    ),
    _rule(
        "kinds/all-the-meds-at-once",
        "suicide",
        True,
        r"(?P<v>going to take|gonna take|will take|is taking|am taking|are taking|about to take"
        r"|want to take|wants to take|going to swallow|will swallow|planning to take|plans to take)"
        r" (?P<act>all (?:of )?(?:my|her|his|their|the|them|those) (?:pills|tablets|meds|medication"
        r"|medicine|antidepressants|painkillers|sleeping pills) (?:tonight|at once|in one go|together"
        r"|all at once|right now))",
        "tonight once go together now",
    ),
    _rule(
        "kinds/who-gets-my-things",
        "suicide",
        False,
        r"(?P<v>list|note|decided|deciding|written|wrote|writing|sorted|sorting|planned|planning)"
        r" (?:of |out )?(?P<act>who (?:gets|should get|will get|can have|is getting|gets to have"
        r"|should have) (?:my|her|his|their|all my|all her|all his|all their) (?:stuff|things"
        r"|belongings|room|clothes|games|books|pets|cat|dog|switch|phone))",
        "stuff things belongings room clothes games books pets cat dog switch phone",
        negatable=False,
        bereaved=True,
    ),
    _rule(
        "kinds/not-around-for",
        "suicide",
        False,
        r"(?P<v>stopped pretending|stop pretending|not pretending|do not believe|do not expect)"
        r" (?P<act>(?:that )?i will (?:still )?be (?:around|here|alive) (?:for|by|at|in|to see|next|much))",
        "around here alive",
        negatable=False,
    ),
    _rule(
        "kinds/will-not-make-it-home",
        "abuse",
        True,
        r"(?P<v>said|says|told me|tells me|warned me|warns me|threatened|promised|swore) (?:that )?"
        r"(?P<act>if i (?:{g})i (?:will|would|am going to) (?:not|never) (?:make it home|make it out"
        r"|live|survive|walk again|wake up|see another day|see tomorrow|see my (?:kids|children|family)"
        r"|be found))(?! (?:to|on time|in time|for|at))".replace("{g}", gap(8)),
        "home out live survive again up day tomorrow kids children family found",
        negatable=False,
        who="self",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/never-see-them-again",
        "abuse",
        False,
        r"(?P<v>make sure|making sure|make certain|see to it) (?P<act>(?:that )?i (?:never|do not|will"
        r" never|will not|can never) (?:see|get to see|get) (?:them|the kids|my kids|the children|my"
        r" children|the baby|my baby|my son|my daughter|our kids|our children) (?:again|back))",
        "again back",
        negatable=False,
        who="self",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/knows-what-i-did",
        "abuse",
        False,
        r"(?P<v>knows|knew|know) (?P<act>(?:what|where|who) i (?:(?:[a-z0-9']+|,) ){0,16}(?:and )?i"
        r" (?:never|did not|have never) told (?:him|her|them))"
        + r"|(?P<v2>i never told|i have never told|i did not tell|i never gave) (?P<act2>(?:him|her"
        r"|them) (?:where i (?:live|lived|work|worked|am staying|was staying)|my (?:new )?address))",
        "told address live lived work worked staying",
        negatable=False,
        who="self",
        needs="knows knew know turned turns showed shows turning showing appeared appears outside "
        "street house door found finds waiting waits",
    ),
    _rule(
        "kinds/photos-of-my-home",
        "abuse",
        False,
        r"(?P<v>sends|sent|sending|send|posted|posts|posting|left|leaves|leaving) (?:me )?(?P<act>(?:photos"
        r"|pictures|pics|videos|a photo|a picture|a video) of (?:my (?:house|flat|home|front door|door"
        r"|car|window|windows|kids|children|work)|me) (?:taken )?(?:from (?:outside|across the road"
        r"|the street|his car|her car|a car|behind)|through (?:my|the) window|while i (?:sleep|slept"
        r"|was asleep|am asleep)|at night))",
        "outside road street car behind window sleep slept asleep night",
        negatable=False,
        who="self",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/account-for-every-penny",
        "abuse",
        False,
        r"(?P<v>makes|made|making|forces|forced|make) (?P<obj>me) (?P<act>(?:show|hand over|give"
        r"|bring) (?:him |her |them )?(?:the |my |all the |all my )?(?:receipts|receipt|bank statements"
        r"|every receipt|change)(?: for everything)?(?! for (?:my |the |our )?(?:expenses|expense|work"
        r"|tax|claim|claims|reimbursement|audit))|account for every (?:penny|pound|cent|dollar"
        r"|rupee))",
        "receipts receipt statements change penny pound cent dollar rupee",
        who="against_me",
        needs=_SOMEONE_CLOSE,
    ),
    _rule(
        "kinds/sex-or-else",
        "abuse",
        False,
        r"(?P<v>if i (?:did not|do not|would not|will not|refuse to|refused to|did not want to|say no"
        r" to)) (?P<act>(?:sleep|sleeping) with (?:him|her|them)|have sex with (?:him|her|them)"
        r"|send (?:him|her|them) (?:nudes|photos|pictures|pics)|go to bed with (?:him|her|them))",
        "sleep sleeping sex nudes photos pictures pics bed",
        negatable=False,
        who="self",
        needs="said says told threatened threatens lose losing fire fired sack sacked hurt leave "
        "kick marks grade grades job",
    ),
    _rule(
        "kinds/head-under-water",
        "abuse",
        True,
        r"(?P<v>holds|held|holding|pushes|pushed|pushing|forces|forced|shoves|shoved|dunks|dunked"
        r"|puts|put) (?P<act>(?P<obj>my) head (?:under|into|down (?:in|into)) (?:the )?(?:water|bath"
        r"|bathwater|bath water|sink|toilet|pillow|pool))",
        "water bath bathwater sink toilet pillow pool",
        who="against_me",
    ),
    _rule(
        "kinds/our-secret",
        "abuse",
        False,
        r"(?P<v>says|said|tells me|told me|reminds me|keeps saying|warned me|warns me) (?:that )?"
        r"(?P<act>i (?:can not|must not|must never|am not allowed to|should not|can never|cannot"
        r"|better not) tell (?:anyone|anybody|my (?:mum|mom|dad|parents|friends|teacher|teachers))"
        r" about (?:us|what we do|what we did|our secret|what happens|what happened|what he does"
        r"|what she does))",
        "us do did secret happens happened does",
        negatable=False,
        who="self",
    ),
    _rule(
        "kinds/catch-the-bus",
        "suicide",
        True,
        # the coded "catch the bus" (ctb); a bus to somewhere, or one that had
        # to be caught, is a bus
        r"(?P<v>ready to|decided to|planning to|plan to|thinking about|thinking of|think about"
        r"|want to|wanting to|tempted to) (?P<act>(?:catch|catching|take|taking|ride|riding) the"
        r" (?:bus|last bus|one way bus))(?= \.| $| for good| forever| and never| tonight| soon)"
        r"|(?P<v2>going to|will|gonna) (?P<act2>(?:catch|take|ride) the (?:bus|last bus))(?= for"
        r" good| forever| and never)",
        "bus",
    ),
    _rule(
        "kinds/will-not-be-long",
        "suicide",
        False,
        r"(?P<v>when i am gone|after i am gone|once i am gone|when i go|after i go) (?:, )?(?P<act>(?:which"
        r"|and that|that|it) (?:will not|won't) be long(?: now)?|(?:which|and that) (?:will be|is) soon)",
        "long soon",
        negatable=False,
        bereaved=True,
    ),
    _rule(
        "kinds/could-not-carry-it",
        "suicide",
        False,
        r"(?P<v>can not|could not|cannot|unable to|not able to) (?P<act>(?:carry|bear|hold) (?:it|this"
        r"|on|the weight|everything|all of it) any (?:longer|more))",
        "longer more",
        negatable=False,
        of_a_task=True,
    ),
    _rule(
        "kinds/will-not-matter",
        "suicide",
        False,
        r"(?P<v>by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the"
        r" weekend|next week|then|the morning|morning)) (?:, )?(?P<act>(?:it|none of (?:it|this))"
        r" (?:will not|won't) matter (?:anymore|any more|to me)|nothing will matter(?: anymore| any"
        r" more| to me)?(?= [,.]| $))",
        "matter",
        negatable=False,
        of_a_task=True,
    ),
    _rule(
        "kinds/shook-the-baby",
        "harm_to_others",
        True,
        r"(?P<v>shook|shake|shaking|shaken|throttled|smothered) (?P<act>(?:the|my|our|his|her) (?:baby"
        r"|newborn|toddler|infant|son|daughter|kid|child|little one))",
        "baby newborn toddler infant son daughter kid child one",
        who="intent_other",
    ),
)
