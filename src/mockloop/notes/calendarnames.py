"""The words for days, months and seasons in the languages notes are written in: a title that
opens on one ("Shënime, e diel 6 dhjetor", "TREŠD. 19", "Notas – Desember") names a day, not
the employer. Lower case, as written (accents kept); abbreviations without their full stop."""

from __future__ import annotations

from .jobwords import word_set

__all__ = ["ALL_TIME_WORDS", "TIME_WORDS"]

TIME_WORDS = word_set(
    # English, French, Spanish, German, Portuguese, Dutch, Greek (the first list)
    """mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
    saturday sunday jan feb mar apr may jun jul aug sep sept oct nov dec january february march
    april june july august september october november december spring summer fall autumn winter
    today yesterday tomorrow week q1 q2 q3 q4 lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo montag dienstag mittwoch
    donnerstag freitag samstag sonntag segunda terça terca quarta quinta sexta maandag dinsdag
    woensdag donderdag vrijdag zaterdag zondag janvier février fevrier mars avril mai juin juillet
    août aout septembre octobre novembre décembre decembre enero febrero marzo abril mayo junio
    julio agosto septiembre octubre noviembre diciembre januar februar märz juni juli oktober
    dezember ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος
    οκτώβριος νοέμβριος δεκέμβριος δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή"""
)
# the same in thirty more languages: some are also names ("Julie", "Maja", "Medi"), so these
# count only where a name is not expected (a title that is a date, a day a message opens on)
ALL_TIME_WORDS = TIME_WORDS | word_set(
    # Afrikaans, Italian, Catalan, Portuguese in full, Tagalog
    """ vrydag saterdag sondag januarie februarie maart junie julie augustus desember lunedì
    martedì mercoledì giovedì venerdì domenica gennaio febbraio aprile maggio giugno luglio
    settembre ottobre dicembre dilluns dimarts dimecres dijous divendres dissabte diumenge gener
    febrer març maig juny juliol agost setembre desembre segunda-feira terça-feira quarta-feira
    quinta-feira sexta-feira janeiro fevereiro março maio junho julho setembro outubro novembro
    dezembro miyerkules huwebes biyernes pebrero marso hunyo hulyo setyembre oktubre nobyembre
    disyembre"""
    # Nordic: Danish, Norwegian, Swedish, Icelandic, Finnish, Estonian
    """ mandag tirsdag onsdag torsdag fredag lørdag søndag marts desember måndag tisdag lördag
    söndag januari februari augusti mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur
    laugardagur sunnudagur janúar febrúar apríl maí júní júlí ágúst október nóvember maanantai
    tiistai keskiviikko torstai perjantai lauantai sunnuntai tammikuu helmikuu maaliskuu huhtikuu
    toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu joulukuuta marraskuuta
    esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev jaanuar veebruar märts aprill
    juuni juuli oktoober detsember"""
    # Baltic: Latvian (and its short days), Lithuanian
    """ pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena pirmd otrd trešd
    ceturtd piektd sestd svētd janvāris februāris aprīlis maijs jūnijs jūlijs augusts septembris
    oktobris novembris decembris pirmadienis antradienis trečiadienis ketvirtadienis penktadienis
    šeštadienis sekmadienis sausis vasaris balandis gegužė birželis rugpjūtis rugsėjis spalis
    lapkritis gruodis"""
    # Slavic in Latin letters: Polish, Czech, Slovak, Slovenian, Croatian, Serbian, Bosnian
    """ poniedziałek wtorek środa czwartek piątek niedziela styczeń luty marzec kwiecień czerwiec
    lipiec sierpień wrzesień październik grudzień stycznia lutego marca kwietnia maja czerwca
    lipca sierpnia września października listopada grudnia pondělí úterý středa čtvrtek pátek
    neděle leden únor březen duben květen červen červenec srpen září říjen prosinec ledna února
    března dubna května června července října listopadu prosince pondelok utorok streda štvrtok
    piatok nedeľa január február apríl máj jún júl október ponedeljek torek četrtek petek
    nedelja marec junij julij ponedjeljak srijeda četvrtak subota nedjelja siječanj veljača
    ožujak travanj svibanj lipanj srpanj kolovoz rujan studeni prosinac siječnja veljače ožujka
    travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca ponedeljak sreda
    avgust septembar oktobar novembar decembar"""
    # Cyrillic: Russian, Ukrainian, Bulgarian, Macedonian, Serbian
    """ понедельник вторник среда четверг пятница суббота воскресенье январь февраль март апрель
    май июнь июль август сентябрь октябрь ноябрь декабрь января февраля марта апреля мая июня
    июля августа сентября октября ноября декабря понеділок вівторок середа четвер п'ятниця
    пʼятниця субота неділя січень лютий березень квітень травень червень липень серпень вересень
    жовтень листопад грудень січня лютого березня квітня травня червня липня серпня вересня
    жовтня листопада грудня понеделник сряда четвъртък петък събота неделя януари февруари юни
    юли септември октомври ноември декември четврток петок сабота недела јануари мај јуни јули
    понедељак уторак четвртак петак недеља јануар фебруар јун јул септембар октобар новембар
    децембар"""
    # Hungarian, Romanian, Albanian, Turkish, Azerbaijani, Basque, Welsh, Georgian
    """ hétfő kedd szerda csütörtök péntek szombat vasárnap március április május június július
    augusztus szeptember luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica
    ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie hënë
    martë mërkurë enjte premte shtunë diel janar shkurt prill qershor korrik gusht shtator tetor
    nëntor dhjetor pazartesi salı çarşamba perşembe cumartesi ocak şubat nisan mayıs haziran
    temmuz ağustos eylül ekim kasım aralık yanvar fevral aprel iyun iyul avqust sentyabr oktyabr
    noyabr dekabr astelehena asteartea asteazkena osteguna ostirala larunbata igandea urtarrila
    otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua dydd
    ionawr chwefror ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr ორშაბათი
    სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი შაბათი კვირა იანვარი თებერვალი მარტი აპრილი მაისი
    ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი"""
    # Indonesian, Malay, Swahili
    """ senin selasa rabu kamis jumat sabtu maret agustus isnin khamis jumaat ogos disember
    jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili machi aprili julai agosti
    septemba oktoba novemba desemba"""
)
