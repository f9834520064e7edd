/**
 * Word lists of the name detector. Capitalised words that are not first names (sentence
 * starts, greetings, roles, days and months, school subjects, languages, feasts, methods), and
 * common first names of Dutch pupils (used only where the context alone is weak).
 */
export const NOT_NAMES = new Set(
  `
de het een ik jij je u hij zij ze wij we jullie hun hen mijn jouw zijn haar onze ons uw
deze die dit dat wie wat waar waarom wanneer hoe welke welk er hier daar iemand niemand
iedereen alle alles elke elk ieder sommige veel weinig meer meest andere ander
en of maar want dus toch ook nog al als dan omdat terwijl sinds na voor bij met zonder door
over onder tussen naar van tot uit in op aan om te ter per via wel niet geen soms vaak altijd
nooit misschien graag alvast verder daarnaast bovendien ondertussen inmiddels eigenlijk
trouwens helaas gelukkig vandaag morgen gisteren nu straks vanavond vanmiddag vanochtend
ja nee oké ok prima super top fijn leuk mooi goed
is was heeft had kan kun kunnen wil wilt weet weten hebben ben bent zou zouden moet moeten
mag mogen gaat gaan komt komen zit zitten staat doet doen krijgt lukt wordt werd
hoi hallo hey hee hi beste lieve dag goedemorgen goedemiddag goedenavond groetjes groet
groeten gr liefs mvg bedankt dank thanks alvast vriendelijke hartelijke
juf juffrouw meester meneer mevrouw collega collega's leerkracht leraar lerares leerling
leerlinge leerlingen groep groepen klas klassen school scholen kind kinderen jongen jongens
meisje meisjes ouders ouder moeder vader zoon dochter ib ib'er directeur directrice intern
begeleider team bouw onderbouw middenbouw bovenbouw kleuters kleuter peuter peuters
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend
januari februari maart april mei juni juli augustus september oktober november december
rekenen taal spelling lezen schrijven begrijpend technisch woordenschat wereldoriëntatie
aardrijkskunde geschiedenis natuur biologie topografie gym gymnastiek bewegingsonderwijs
muziek tekenen handvaardigheid drama burgerschap techniek wetenschap programmeren
nederlands engels frans duits spaans turks marokkaans arabisch pools syrisch oekraïens
oekraïense turkse marokkaanse poolse syrische nederlandse engelse duitse berbers tigrinya
somalisch papiaments fries friese eritrese afghaanse roemeens roemeense bulgaars
god kerst kerstmis pasen sinterklaas sint piet carnaval ramadan suikerfeest offerfeest
koningsdag herfstvakantie kerstvakantie voorjaarsvakantie meivakantie zomervakantie
google microsoft teams word excel powerpoint zoom youtube ipad chromebook snappet gynzy cito
iep boom methode kanjertraining taakspel estafette pluspunt staal blink naut meander
brandaan wizwijs semsom veilig leren lijn kim
dyslexie dyscalculie autisme hoogbegaafdheid faalangst gedrag zorg passend onderwijs
vraag vragen antwoord tip tips hulp help advies ervaring ervaringen update
`
    .split(/\s+/)
    .filter(Boolean),
);

export const FIRST_NAMES = new Set(
  `
daan sem noah lucas levi finn milan luuk bram liam jesse thijs mees sam max ruben lars
thomas tim julian adam mohammed mohamed muhammed noud stijn jayden gijs teun tijn siem
olivier hugo jan boaz mats cas ties guus dex jens jurre ryan sven rens floris jasper koen
joep niels pim tobias wessel xavi yusuf ayoub amir ibrahim ilyas omar zakaria mustafa ahmed
hamza bilal youssef rayan emir kerem mert can arda berat efe ömer
emma julia mila tess sophie zoë zoe sara sarah nora yara eva liv lotte evi noor anna lisa
fleur saar lieke fenna isa ella lynn nina roos sofie lauren lina luna maud mia vera amber
iris esmee femke floor hannah jasmijn jill kiki lana lara lena lily lize loïs mara
marit myrthe naomi nova olivia puck sanne sienna suus tara tessa vajèn veerle yfke zara
aya fatima yasmina nour malak hiba salma amira ines elif zeynep defne ecem esra
`
    .split(/\s+/)
    .filter(Boolean),
);
