<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>A list of what is coming, week by week</source>
        <translation>En lista över det som är på gång, vecka för vecka</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Månad</translation>
    </message>
    <message>
        <source>The month as a calendar grid</source>
        <translation>Månaden som kalenderrutnät</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Vecka</translation>
    </message>
    <message>
        <source>The week as a time grid</source>
        <translation>Veckan timme för timme</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>The months of the year at a glance: busy seasons and multi-day events</source>
        <translation>Årets månader i en överblick: intensiva perioder och flerdagsevenemang</translation>
    </message>
    <message>
        <source>&amp;Serve feeds</source>
        <translation>&amp;Servera flöden</translation>
    </message>
    <message>
        <source>Serve the feeds on this computer, for Outlook to subscribe to</source>
        <translation>Servera flödena från den här datorn så att Outlook kan prenumerera på dem</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>Start an empty planning file</source>
        <translation>Börja med en tom planeringsfil</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>Open the &amp;sample database</source>
        <translation>Öppna &amp;exempeldatabasen</translation>
    </message>
    <message>
        <source>A year and a half of example events to try things on</source>
        <translation>Ett och ett halvt års exempelevenemang att prova på</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nytt evenemang…</translation>
    </message>
    <message>
        <source>Plan a new event</source>
        <translation>Planera ett nytt evenemang</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Redigera evenemang…</translation>
    </message>
    <message>
        <source>D&amp;uplicate event…</source>
        <translation>&amp;Duplicera evenemang…</translation>
    </message>
    <message>
        <source>&amp;Cancel event</source>
        <translation>&amp;Ställ in evenemang</translation>
    </message>
    <message>
        <source>De&amp;lete event</source>
        <translation>&amp;Ta bort evenemang</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>S&amp;ök</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>I &amp;dag</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Gå till i dag (T)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>Back a month (Page Up)</source>
        <translation>En månad bakåt (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>On a month (Page Down)</source>
        <translation>En månad framåt (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>&amp;Gå till datum…</translation>
    </message>
    <message>
        <source>&amp;Venues…</source>
        <translation>&amp;Platser…</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisationer…</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Kontakter…</translation>
    </message>
    <message>
        <source>&amp;Projects…</source>
        <translation>P&amp;rojekt…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Taggar…</translation>
    </message>
    <message>
        <source>Display &amp;time zone…</source>
        <translation>&amp;Tidszon för visning…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Read events from .ics files (Outlook, Google, Apple, others)</source>
        <translation>Läs in evenemang från .ics-filer (Outlook, Google, Apple med flera)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Write events to an .ics file for Outlook</source>
        <translation>Skriv evenemang till en .ics-fil för Outlook</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportera markerade…</translation>
    </message>
    <message>
        <source>Export &amp;programme…</source>
        <translation>Exportera &amp;program…</translation>
    </message>
    <message>
        <source>The selected event&apos;s programme for conference apps (frab)</source>
        <translation>Det valda evenemangets program för konferensappar (frab)</translation>
    </message>
    <message>
        <source>Open in &amp;Outlook</source>
        <translation>Öppna i &amp;Outlook</translation>
    </message>
    <message>
        <source>Open the selected event in the calendar application</source>
        <translation>Öppna det markerade evenemanget i kalenderprogrammet</translation>
    </message>
    <message>
        <source>&amp;Print programme…</source>
        <translation>Skriv &amp;ut program…</translation>
    </message>
    <message>
        <source>The selected event&apos;s programme, run sheet or door sheet</source>
        <translation>Det valda evenemangets program, körschema eller dörrskylt</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>&amp;Flöden…</translation>
    </message>
    <message>
        <source>Calendars others subscribe to from Outlook</source>
        <translation>Kalendrar som andra prenumererar på från Outlook</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Holidays, double bookings and clashes in a period</source>
        <translation>Helgdagar, dubbelbokningar och krockar under en period</translation>
    </message>
    <message>
        <source>Tas&amp;ks…</source>
        <translation>&amp;Uppgifter…</translation>
    </message>
    <message>
        <source>Your to-do items: overdue, today, this week, later</source>
        <translation>Det du ska göra: försenat, i dag, den här veckan, senare</translation>
    </message>
    <message>
        <source>Apply play&amp;book…</source>
        <translation>Använd &amp;checklista…</translation>
    </message>
    <message>
        <source>Make the selected event&apos;s tasks from a playbook</source>
        <translation>Skapa det valda evenemangets uppgifter från en checklista</translation>
    </message>
    <message>
        <source>Rep&amp;orts…</source>
        <translation>Rapp&amp;orter…</translation>
    </message>
    <message>
        <source>A project&apos;s report to its funder: what it held, whom it reached</source>
        <translation>Ett projekts rapport till finansiären: vad det höll och vilka det nådde</translation>
    </message>
    <message>
        <source>E&amp;dit playbooks…</source>
        <translation>Re&amp;digera checklistor…</translation>
    </message>
    <message>
        <source>The playbooks&apos; tasks and deadlines; share them as files</source>
        <translation>Checklistornas uppgifter och deadlines; dela dem som filer</translation>
    </message>
    <message>
        <source>&amp;Programme…</source>
        <translation>&amp;Program…</translation>
    </message>
    <message>
        <source>The selected event&apos;s timetable, sessions and people</source>
        <translation>Det markerade evenemangets schema, programpunkter och medverkande</translation>
    </message>
    <message>
        <source>&amp;Release programme…</source>
        <translation>&amp;Släpp programmet…</translation>
    </message>
    <message>
        <source>Release the selected event&apos;s draft programme to subscribers</source>
        <translation>Släpp det valda evenemangets programutkast till prenumeranterna</translation>
    </message>
    <message>
        <source>&amp;Stand…</source>
        <translation>&amp;Monter…</translation>
    </message>
    <message>
        <source>The selected fair&apos;s stand: co-exhibitors, deadlines, badges, materials</source>
        <translation>Den valda mässans monter: medutställare, deadlines, passerkort, material</translation>
    </message>
    <message>
        <source>R&amp;ota…</source>
        <translation>&amp;Bemanningsschema…</translation>
    </message>
    <message>
        <source>The selected event&apos;s staff rota: shifts, people and coverage</source>
        <translation>Det markerade evenemangets bemanningsschema: pass, personal och täckning</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>&amp;Budget…</translation>
    </message>
    <message>
        <source>The selected event&apos;s budget: costs and income, planned and actual</source>
        <translation>Det markerade evenemangets budget: kostnader och intäkter, planerat och utfall</translation>
    </message>
    <message>
        <source>Part&amp;icipants…</source>
        <translation>Delt&amp;agare…</translation>
    </message>
    <message>
        <source>Who registered for the selected event, its waitlist and attendance</source>
        <translation>Vilka som anmält sig till det valda evenemanget, dess väntelista och närvaro</translation>
    </message>
    <message>
        <source>C&amp;heck-in…</source>
        <translation>&amp;Incheckning…</translation>
    </message>
    <message>
        <source>The selected event&apos;s door: find people as you type, mark them arrived</source>
        <translation>Det valda evenemangets entré: hitta deltagare medan du skriver, markera dem som anlända</translation>
    </message>
    <message>
        <source>&amp;Subscribed calendars…</source>
        <translation>Pr&amp;enumererade kalendrar…</translation>
    </message>
    <message>
        <source>Others&apos; calendars your events are checked against</source>
        <translation>Andras kalendrar som dina evenemang jämförs med</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>&amp;Personuppgifter…</translation>
    </message>
    <message>
        <source>Find a person across all events: export, anonymise or erase what is held</source>
        <translation>Hitta en person i alla evenemang: exportera, anonymisera eller radera det som sparats</translation>
    </message>
    <message>
        <source>&amp;Working days…</source>
        <translation>&amp;Arbetsdagar…</translation>
    </message>
    <message>
        <source>The days deadlines count as working days: bridge days, own days off</source>
        <translation>Vilka dagar deadlines räknar som arbetsdagar: klämdagar, egna lediga dagar</translation>
    </message>
    <message>
        <source>&amp;About Eventplanner</source>
        <translation>&amp;Om Eventplanner</translation>
    </message>
    <message>
        <source>Back a week (Page Up)</source>
        <translation>En vecka bakåt (Page Up)</translation>
    </message>
    <message>
        <source>On a week (Page Down)</source>
        <translation>En vecka framåt (Page Down)</translation>
    </message>
    <message>
        <source>Back a year (Page Up)</source>
        <translation>Ett år bakåt (Page Up)</translation>
    </message>
    <message>
        <source>On a year (Page Down)</source>
        <translation>Ett år framåt (Page Down)</translation>
    </message>
</context>
<context>
    <name>AffectedPeopleModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Sessions changed for them</source>
        <translation>Programpunkter som ändrats för dem</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-postadress</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Holiday</source>
        <translation>Helgdag</translation>
    </message>
    <message>
        <source>%1 · no events</source>
        <translation>%1 · inga evenemang</translation>
    </message>
    <message>
        <source>%1 · 1 event</source>
        <translation>%1 · 1 evenemang</translation>
    </message>
    <message>
        <source>%1 · %2 events</source>
        <translation>%1 · %2 evenemang</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>v</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign people: %1</source>
        <translation>Bemanna: %1</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Requires: %1</source>
        <translation>Kräver: %1</translation>
    </message>
    <message>
        <source>Find a person or a skill</source>
        <translation>Sök en person eller en kompetens</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Sätt på passet</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <source>Availability: %1</source>
        <translation>Tillgänglighet: %1</translation>
    </message>
    <message>
        <source>When %1 can or cannot be there</source>
        <translation>När %1 kan eller inte kan vara med</translation>
    </message>
    <message>
        <source>The conflicts check uses these periods: a booking when the person cannot be there, or on a day they gave hours for outside those hours, is a conflict.</source>
        <translation>Konfliktkontrollen använder de här perioderna: en bokning när personen inte kan vara med, eller utanför de timmar hen angett för en dag, är en konflikt.</translation>
    </message>
    <message>
        <source>Nothing said yet. Add when %1 can or cannot be there.</source>
        <translation>Inget angivet än. Lägg till när %1 kan eller inte kan vara med.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>A period when this person can or cannot be there</source>
        <translation>En period när personen kan eller inte kan vara med</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Remove the chosen period (Del)</source>
        <translation>Ta bort den valda perioden (Del)</translation>
    </message>
    <message>
        <source>&amp;Times in:</source>
        <translation>T&amp;ider i:</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Ta bort period</translation>
    </message>
    <message>
        <source>Remove “%1: %2” from the availability of %3?</source>
        <translation>Ta bort ”%1: %2” ur tillgängligheten för %3?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>New period: %1</source>
        <translation>Ny period: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>&amp;Can be there</source>
        <translation>&amp;Kan vara med</translation>
    </message>
    <message>
        <source>Ca&amp;nnot be there</source>
        <translation>Kan &amp;inte vara med</translation>
    </message>
    <message>
        <source>e.g. at the fair in Hannover</source>
        <translation>t.ex. på mässan i Hannover</translation>
    </message>
    <message>
        <source>This person:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Sista dagen är före den första.</translation>
    </message>
    <message>
        <source>It ends (%1) before it starts (%2).</source>
        <translation>Den slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>It ends when it starts: give it a length.</source>
        <translation>Den slutar när den börjar: ge den en längd.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Anteckningen är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>On the days of this period, a booking outside these hours shows as a conflict.</source>
        <translation>Under periodens dagar visas en bokning utanför de här timmarna som en konflikt.</translation>
    </message>
    <message>
        <source>A booking in this period shows as a conflict.</source>
        <translation>En bokning under perioden visas som en konflikt.</translation>
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <source>Can be there</source>
        <translation>Kan vara med</translation>
    </message>
    <message>
        <source>Cannot be there</source>
        <translation>Kan inte vara med</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Can they be there?</source>
        <translation>Kan vara med?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>%1 (whole days)</source>
        <translation>%1 (hela dagar)</translation>
    </message>
</context>
<context>
    <name>BehindModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Uppgift</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Add a budget line</source>
        <translation>Lägg till en budgetrad</translation>
    </message>
    <message>
        <source>Change the budget line</source>
        <translation>Ändra budgetraden</translation>
    </message>
    <message>
        <source>income</source>
        <translation>intäkt</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kostnad</translation>
    </message>
    <message>
        <source>nothing spent or received yet</source>
        <translation>inget betalt eller inkommet än</translation>
    </message>
    <message>
        <source>SEK per unit, e.g. %1</source>
        <translation>SEK per enhet, t.ex. %1</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Planerat:</translation>
    </message>
    <message>
        <source>&amp;Actual:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Rate to SEK:</source>
        <translation>Ku&amp;rs mot SEK:</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Leverantör:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>Type the planned amount.</source>
        <translation>Skriv det planerade beloppet.</translation>
    </message>
    <message>
        <source>Amounts are not negative: put income under an income category.</source>
        <translation>Belopp är inte negativa: lägg intäkter under en intäktskategori.</translation>
    </message>
    <message>
        <source>The amount is too large for one line.</source>
        <translation>Beloppet är för stort för en rad.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code known here (SEK, USD, EUR, …).</source>
        <translation>”%1” är ingen känd valutakod (SEK, USD, EUR …).</translation>
    </message>
    <message>
        <source>Give the rate: how many SEK one %1 costs.</source>
        <translation>Ange kursen: hur många kronor en %1 kostar.</translation>
    </message>
    <message>
        <source>A line in SEK has no rate: leave the rate empty.</source>
        <translation>En rad i SEK har ingen kurs: lämna kursen tom.</translation>
    </message>
    <message>
        <source>The rate “%1” SEK per %2 is not believable: give SEK per one %2.</source>
        <translation>Kursen ”%1” kronor per %2 är inte rimlig: ange kronor per en %2.</translation>
    </message>
    <message>
        <source>The description is longer than 200 characters.</source>
        <translation>Beskrivningen är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>The supplier is longer than 200 characters.</source>
        <translation>Leverantören är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>The note is longer than 4000 characters.</source>
        <translation>Anteckningen är längre än 4000 tecken.</translation>
    </message>
</context>
<context>
    <name>BudgetWindow</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>&amp;Lägg till rad…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>Lines in italics are the co-exhibitors&apos; shares of the stand: worked out from the stand (fixed fees, or shares of the area of the stand fee) each time the budget is shown, never typed. Change them in the Stand window.</source>
        <translation>Rader i kursiv stil är medutställarnas andelar av montern: de räknas fram ur montern (fasta avgifter, eller andelar av ytan av monterhyran) varje gång budgeten visas och skrivs aldrig in. Ändra dem i fönstret Monter.</translation>
    </message>
    <message>
        <source>No lines yet: add the first with Add line…</source>
        <translation>Inga rader än: lägg till den första med Lägg till rad…</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>&amp;Itinerary…</source>
        <translation>&amp;Personligt schema…</translation>
    </message>
    <message>
        <source>Everything this person is in, in every event</source>
        <translation>Allt personen medverkar i, i alla evenemang</translation>
    </message>
    <message>
        <source>A&amp;vailability…</source>
        <translation>&amp;Tillgänglighet…</translation>
    </message>
    <message>
        <source>When this person can or cannot be there</source>
        <translation>När personen kan eller inte kan vara med</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Fix the marked field to save.</source>
        <translation>Rätta det markerade fältet för att spara.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Unknown (#%1)</source>
        <translation>Okänd (#%1)</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>Skapa ”%1”</translation>
    </message>
</context>
<context>
    <name>CatalogTexts</name>
    <message>
        <source>Venues</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Search venues</source>
        <translation>Sök platser</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Sök organisationer</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Sök kontakter</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Sök projekt</translation>
    </message>
    <message>
        <source>Search tags</source>
        <translation>Sök taggar</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Ny plats</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Ny tagg</translation>
    </message>
    <message>
        <source>Choose a venue on the left, or press New.</source>
        <translation>Välj en plats till vänster, eller tryck på Ny.</translation>
    </message>
    <message>
        <source>Choose an organisation on the left, or press New.</source>
        <translation>Välj en organisation till vänster, eller tryck på Ny.</translation>
    </message>
    <message>
        <source>Choose a contact on the left, or press New.</source>
        <translation>Välj en kontakt till vänster, eller tryck på Ny.</translation>
    </message>
    <message>
        <source>Choose a project on the left, or press New.</source>
        <translation>Välj ett projekt till vänster, eller tryck på Ny.</translation>
    </message>
    <message>
        <source>Choose a tag on the left, or press New.</source>
        <translation>Välj en tagg till vänster, eller tryck på Ny.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Inget matchar ”%1”</translation>
    </message>
    <message>
        <source>No venues yet</source>
        <translation>Inga platser än</translation>
    </message>
    <message>
        <source>No organisations yet</source>
        <translation>Inga organisationer än</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Inga kontakter än</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Inga projekt än</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Inga taggar än</translation>
    </message>
    <message>
        <source>1 venue</source>
        <translation>1 plats</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 projekt</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 tagg</translation>
    </message>
    <message>
        <source>%1 venues</source>
        <translation>%1 platser</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisationer</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 kontakter</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 projekt</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 taggar</translation>
    </message>
    <message>
        <source>Delete the venue “%1”?</source>
        <translation>Ta bort platsen ”%1”?</translation>
    </message>
    <message>
        <source>Delete the organisation “%1”?</source>
        <translation>Ta bort organisationen ”%1”?</translation>
    </message>
    <message>
        <source>Delete the contact “%1”?</source>
        <translation>Ta bort kontakten ”%1”?</translation>
    </message>
    <message>
        <source>Delete the project “%1”?</source>
        <translation>Ta bort projektet ”%1”?</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>Ta bort taggen ”%1”?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Ta bort plats</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Ta bort organisation</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Ta bort projekt</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Ta bort tagg</translation>
    </message>
    <message>
        <source>Not used by any event</source>
        <translation>Används inte av något evenemang</translation>
    </message>
    <message>
        <source>Used by 1 event</source>
        <translation>Används av 1 evenemang</translation>
    </message>
    <message>
        <source>Used by %1 events</source>
        <translation>Används av %1 evenemang</translation>
    </message>
    <message>
        <source>“%1” is chosen by the feed “%2”. Change the feed first, or it would publish other events.</source>
        <translation>”%1” väljs av flödet ”%2”. Ändra flödet först, annars publicerar det andra evenemang.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>one feed&apos;s name in a list of feeds</comment>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>“%1” is chosen by the feeds %2. Change them first, or they would publish other events.</source>
        <translation>”%1” väljs av flödena %2. Ändra dem först, annars publicerar de andra evenemang.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Vill du slänga det du har skrivit?</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>Vill du slänga dina ändringar i ”%1”?</translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>Add a new one (Ctrl+N)</source>
        <translation>Lägg till en ny (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete it (Del in the list)</source>
        <translation>Ta bort den (Delete i listan)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Discard your changes and show what is saved</source>
        <translation>Släng dina ändringar och visa det som är sparat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <source>This event was deleted by someone else since you opened it. Saving your changes will fail: copy what you need, then close the editor.</source>
        <translation>Någon annan har tagit bort evenemanget sedan du öppnade det. Det går inte att spara dina ändringar: kopiera det du behöver och stäng sedan redigeraren.</translation>
    </message>
    <message>
        <source>This event was changed by someone else since you opened it:</source>
        <translation>Någon annan har ändrat evenemanget sedan du öppnade det:</translation>
    </message>
    <message>
        <source>Your changes are kept here, but saving them will be refused: close the editor and open the event again to edit it as it is now.</source>
        <translation>Dina ändringar finns kvar här, men de kan inte sparas: stäng redigeraren och öppna evenemanget igen för att ändra det som det ser ut nu.</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 har ändrats</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Upprepas</translation>
    </message>
    <message>
        <source>Changed occurrences</source>
        <translation>Ändrade tillfällen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Onlinelänk</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Public or closed</source>
        <translation>Öppet eller slutet</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webbsida</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>Visa som</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Privata anteckningar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>slutet</translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <source>Check-in</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Type a name, organisation or e-mail, or scan a badge; Enter marks arrived</source>
        <translation>Skriv ett namn, en organisation eller e-post, eller skanna en namnbricka; Enter markerar som anländ</translation>
    </message>
    <message>
        <source>Mark arrived (Enter)</source>
        <translation>Markera anländ (Enter)</translation>
    </message>
    <message>
        <source>Walk-in… (Ctrl+N)</source>
        <translation>Spontanbesökare… (Ctrl+N)</translation>
    </message>
    <message>
        <source>From a paper list…</source>
        <translation>Från en papperslista…</translation>
    </message>
    <message>
        <source>Mark the rest no-show…</source>
        <translation>Markera resten som uteblivna…</translation>
    </message>
    <message>
        <source>Badges PDF…</source>
        <translation>Namnbrickor som PDF…</translation>
    </message>
    <message>
        <source>Attendance sheet PDF…</source>
        <translation>Närvarolista som PDF…</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Spontanbesökare…</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Incheckning: %1</translation>
    </message>
    <message>
        <source>Arrived %1 of %2 expected</source>
        <translation>Anlända %1 av %2 väntade</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Ctrl+N registers a walk-in.</source>
        <translation>Ingen matchar ”%1”. Ctrl+N registrerar en spontanbesökare.</translation>
    </message>
    <message>
        <source>%1 has arrived already.</source>
        <translation>%1 har redan anlänt.</translation>
    </message>
    <message>
        <source>Arrived: %1</source>
        <translation>Anländ: %1</translation>
    </message>
    <message>
        <source>They have all arrived already.</source>
        <translation>Alla har redan anlänt.</translation>
    </message>
    <message>
        <source>Marked %1 people as attended.</source>
        <translation>Markerade %1 personer som närvarande.</translation>
    </message>
    <message>
        <source>Walk-in arrived: %1</source>
        <translation>Spontanbesökare anländ: %1</translation>
    </message>
    <message>
        <source>Nobody registered is left to mark: everyone arrived.</source>
        <translation>Ingen anmäld är kvar att markera: alla har anlänt.</translation>
    </message>
    <message>
        <source>Mark the rest no-show</source>
        <translation>Markera resten som uteblivna</translation>
    </message>
    <message>
        <source>Mark the %1 registered who have not arrived as no-shows? Undo takes it back.</source>
        <translation>Markera de %1 anmälda som inte har anlänt som uteblivna? Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <source>The rest marked as no-shows.</source>
        <translation>Resten markerade som uteblivna.</translation>
    </message>
    <message>
        <source>Badges %1.pdf</source>
        <translation>Namnbrickor %1.pdf</translation>
    </message>
    <message>
        <source>Attendance %1.pdf</source>
        <translation>Närvarolista %1.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 badges to %2.</source>
        <translation>Skrev %1 namnbrickor till %2.</translation>
    </message>
    <message>
        <source>Wrote the attendance sheet (%1 pages) to %2.</source>
        <translation>Skrev närvarolistan (%1 sidor) till %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Godtagen: %1</translation>
    </message>
    <message>
        <source>Holds a release until it is resolved or accepted with a reason.</source>
        <translation>Stoppar en publicering tills den är löst eller godtagen med ett skäl.</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>Conflicts (you can still save):</source>
        <translation>Konflikter (du kan ändå spara):</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• och %n till</numerusform>
            <numerusform>• och %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Filter by event, kind or text</source>
        <translation>Filtrera på evenemang, typ eller text</translation>
    </message>
    <message>
        <source>Calendars…</source>
        <translation>Kalendrar…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Öppna evenemanget</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Godta…</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Sista dagen är före den första.</translation>
    </message>
    <message>
        <source>No conflicts in this period.</source>
        <translation>Inga konflikter under perioden.</translation>
    </message>
    <message>
        <source>%1 conflicts: %2 holding a release, %3 accepted.</source>
        <translation>%1 konflikter: %2 stoppar en publicering, %3 godtagna.</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrerar…</translation>
    </message>
    <message>
        <source>Withdraw acceptance</source>
        <translation>Ångra godkännandet</translation>
    </message>
    <message>
        <source>Accept the conflict</source>
        <translation>Godta konflikten</translation>
    </message>
    <message>
        <source>%1

Why is this acceptable?</source>
        <translation>%1

Varför går det att godta?</translation>
    </message>
    <message>
        <source>Say why the conflict is acceptable.</source>
        <translation>Skriv varför konflikten kan godtas.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>name@example.se</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>+46 …</source>
        <translation>+46 …</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Ingen organisation</translation>
    </message>
    <message>
        <source>e.g. Project manager</source>
        <translation>t.ex. projektledare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>All shifts</source>
        <translation>Alla pass</translation>
    </message>
    <message>
        <source>No shifts yet</source>
        <translation>Inga pass ännu</translation>
    </message>
    <message>
        <source>Below need</source>
        <translation>Under behovet</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Täckt</translation>
    </message>
    <message>
        <source>Beyond need</source>
        <translation>Över behovet</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <source>Made the sample planning year: %1 events from %2 to %3, %4 programme sessions, %5 shared stands at the trade fairs with %6 shifts in their rotas, %7 tasks from the playbooks, and %8 registrations of %9 participants.</source>
        <translation>Exempelåret är skapat: %1 evenemang från %2 till %3, %4 programpunkter, %5 delade montrar på mässorna med %6 pass i deras bemanningsscheman, %7 uppgifter från checklistorna och %8 anmälningar av %9 deltagare.</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>The database server asks for a password to open %1.</source>
        <translation>Databasservern vill ha ett lösenord för att öppna %1.</translation>
    </message>
    <message>
        <source>The password was not accepted.</source>
        <translation>Lösenordet godtogs inte.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Lösenord till databasen</translation>
    </message>
    <message>
        <source>Eventplanner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Eventplanner-databaser (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New planning database</source>
        <translation>Ny planeringsdatabas</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Filen finns redan</translation>
    </message>
    <message>
        <source>%1 exists already; open it instead, or choose another name.</source>
        <translation>%1 finns redan; öppna den i stället, eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>Open a planning database</source>
        <translation>Öppna en planeringsdatabas</translation>
    </message>
    <message>
        <source>Cannot make the sample</source>
        <translation>Det gick inte att skapa exempeldatabasen</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(inga än)</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>“%3” could be %1 or %2: type the date year first, as 2027-02-01.</source>
        <translation>”%3” kan vara %1 eller %2: skriv datumet med året först, som 2027-02-01.</translation>
    </message>
    <message>
        <source>There is no such day. Type the date year first, as 2027-02-01.</source>
        <translation>Den dagen finns inte. Skriv datumet med året först, som 2027-02-01.</translation>
    </message>
    <message>
        <source>That day is outside what this field can hold.</source>
        <translation>Den dagen ligger utanför vad fältet kan ta emot.</translation>
    </message>
    <message>
        <source>That is not a date. Type it year first, as 2027-02-01.</source>
        <translation>Det är inget datum. Skriv det med året först, som 2027-02-01.</translation>
    </message>
</context>
<context>
    <name>DaysOffModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Add a deadline</source>
        <translation>Lägg till en deadline</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>(the kind, if left empty)</source>
        <translation>(typen, om tomt)</translation>
    </message>
    <message>
        <source>the stand</source>
        <translation>montern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Senast:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Gäller:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>The title is longer than 200 characters.</source>
        <translation>Rubriken är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>The notes are longer than 4000 characters.</source>
        <translation>Anteckningarna är längre än 4000 tecken.</translation>
    </message>
</context>
<context>
    <name>DeadlineMoves</name>
    <message>
        <source>Saving this deadline moves one task:</source>
        <translation>Om du sparar denna deadline flyttas en uppgift:</translation>
    </message>
    <message>
        <source>Saving this deadline moves %1 tasks:</source>
        <translation>Om du sparar denna deadline flyttas %1 uppgifter:</translation>
    </message>
    <message>
        <source>&amp;Save and move the tasks</source>
        <translation>&amp;Spara och flytta uppgifterna</translation>
    </message>
    <message>
        <source>Removing these deadlines moves one task:</source>
        <translation>Om du tar bort dessa deadlines flyttas en uppgift:</translation>
    </message>
    <message>
        <source>Removing these deadlines moves %1 tasks:</source>
        <translation>Om du tar bort dessa deadlines flyttas %1 uppgifter:</translation>
    </message>
    <message>
        <source>&amp;Remove and move the tasks</source>
        <translation>&amp;Ta bort och flytta uppgifterna</translation>
    </message>
    <message>
        <source>Removing this deadline moves one task:</source>
        <translation>Om du tar bort denna deadline flyttas en uppgift:</translation>
    </message>
    <message>
        <source>Removing this deadline moves %1 tasks:</source>
        <translation>Om du tar bort denna deadline flyttas %1 uppgifter:</translation>
    </message>
    <message>
        <source>Tasks move with the deadline</source>
        <translation>Uppgifter flyttas med deadlinen</translation>
    </message>
    <message>
        <source>… and %1 more (see the details)</source>
        <translation>… och %1 till (se detaljerna)</translation>
    </message>
    <message>
        <source>Tasks counted from the fair organiser&apos;s deadline move with it; done and pinned tasks stay where they are. You can undo it, and the tasks go back with it.</source>
        <translation>Uppgifter som räknas från mässarrangörens deadline flyttas med den; klara och fästa uppgifter ligger kvar. Du kan ångra det, och uppgifterna flyttas då tillbaka.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <source>Moved one task with the deadline: %1. Undo takes it back.</source>
        <translation>En uppgift flyttades med deadlinen: %1. Ångra flyttar tillbaka den.</translation>
    </message>
    <message>
        <source>Moved %2 tasks with the deadline: %1. Undo takes them back.</source>
        <translation>%2 uppgifter flyttades med deadlinen: %1. Ångra flyttar tillbaka dem.</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>What you typed is not saved.</source>
        <translation>Det du har skrivit är inte sparat.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Släng</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>DisplayZone</name>
    <message>
        <source>Display time zone</source>
        <translation>Tidszon för visning</translation>
    </message>
    <message>
        <source>Show times in this zone. Events keep their own zone; one in another zone
also shows its local time.</source>
        <translation>Visa tider i den här zonen. Evenemang behåller sin egen zon; ett evenemang i en
annan zon visar också sin lokala tid.</translation>
    </message>
</context>
<context>
    <name>EditorChoices</name>
    <message>
        <source>Create venue “%1”</source>
        <translation>Skapa platsen ”%1”</translation>
    </message>
    <message>
        <source>Create project “%1”</source>
        <translation>Skapa projektet ”%1”</translation>
    </message>
    <message>
        <source>Create organisation “%1”</source>
        <translation>Skapa organisationen ”%1”</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Spara (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <source>Edit event – %1</source>
        <translation>Redigera evenemang – %1</translation>
    </message>
    <message>
        <source>Discard this new event?</source>
        <translation>Vill du slänga det nya evenemanget?</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>Vill du slänga dina ändringar i ”%1”?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Give the event a title to save it.</source>
        <translation>Ge evenemanget en titel för att kunna spara det.</translation>
    </message>
    <message>
        <source>Fix the marked field to save.</source>
        <translation>Rätta det markerade fältet för att spara.</translation>
    </message>
    <message>
        <source>Fix the %1 marked fields to save.</source>
        <translation>Rätta de %1 markerade fälten för att spara.</translation>
    </message>
    <message>
        <source>The venue is double-booked (you can still save):</source>
        <translation>Platsen är dubbelbokad (du kan spara ändå):</translation>
    </message>
    <message>
        <source>Outlook has no pattern for this series without an end: subscribers will see only its first occurrence. Give it an end (a number of times or a last day) and it is published in a shape Outlook shows. Save again to save it as it is.</source>
        <translation>Outlook har inget mönster för den här serien utan slut: prenumeranterna ser bara första tillfället. Ge serien ett slut (ett antal gånger eller ett sista datum) så publiceras den i en form som Outlook visar. Spara igen för att spara den som den är.</translation>
    </message>
</context>
<context>
    <name>EventEditing</name>
    <message>
        <source>New event</source>
        <translation>Nytt evenemang</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Redigera ”%1”</translation>
    </message>
    <message>
        <source>Change one “%1”</source>
        <translation>ändra ett tillfälle av ”%1”</translation>
    </message>
    <message>
        <source>Edit one occurrence of “%1”</source>
        <translation>Redigera ett tillfälle av ”%1”</translation>
    </message>
    <message>
        <source>Which occurrences do you want to change?</source>
        <translation>Vilka tillfällen vill du ändra?</translation>
    </message>
    <message>
        <source>&amp;Programme…</source>
        <translation>&amp;Program…</translation>
    </message>
    <message>
        <source>The event&apos;s timetable, sessions and people</source>
        <translation>Evenemangets schema, programpunkter och medverkande</translation>
    </message>
    <message>
        <source>Not saved: the event and its tasks are where they were.</source>
        <translation>Inte sparat: evenemanget och dess uppgifter ligger kvar där de låg.</translation>
    </message>
    <message>
        <source>Change “%1” from %2</source>
        <translation>ändra ”%1” från %2</translation>
    </message>
    <message>
        <source>Edit “%1” from %2 on</source>
        <translation>Redigera ”%1” från och med %2</translation>
    </message>
    <message>
        <source>Which occurrences do you want to move?</source>
        <translation>Vilka tillfällen vill du flytta?</translation>
    </message>
    <message>
        <source>Change length of one “%1”</source>
        <translation>ändra längden på ett tillfälle av ”%1”</translation>
    </message>
    <message>
        <source>Move one “%1”</source>
        <translation>flytta ett tillfälle av ”%1”</translation>
    </message>
    <message>
        <source>Change length of “%1” from %2</source>
        <translation>ändra längden på ”%1” från %2</translation>
    </message>
    <message>
        <source>Move “%1” from %2</source>
        <translation>flytta ”%1” från %2</translation>
    </message>
    <message>
        <source>Change length of “%1”</source>
        <translation>ändra längden på ”%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>flytta ”%1”</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Which occurrences do you want to cancel?</source>
        <translation>Vilka tillfällen vill du ställa in?</translation>
    </message>
    <message>
        <source>Cancel one “%1”</source>
        <translation>ställ in ett tillfälle av ”%1”</translation>
    </message>
    <message>
        <source>Cancel “%1” from %2</source>
        <translation>ställ in ”%1” från %2</translation>
    </message>
    <message>
        <source>Delete the whole series “%1” with all its occurrences?</source>
        <translation>Ta bort hela serien ”%1” med alla dess tillfällen?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ta bort evenemang</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Du kan ångra det med Ctrl+Z.</translation>
    </message>
    <message>
        <source>A repeating event</source>
        <translation>Ett återkommande evenemang</translation>
    </message>
    <message>
        <source>“%1” repeats.</source>
        <translation>”%1” upprepas.</translation>
    </message>
    <message>
        <source>&amp;Only this one</source>
        <translation>&amp;Bara det här</translation>
    </message>
    <message>
        <source>This and &amp;following</source>
        <translation>Det här och &amp;följande</translation>
    </message>
    <message>
        <source>The &amp;whole series</source>
        <translation>&amp;Hela serien</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>What is happening?</source>
        <translation>Vad händer?</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>Ingen plats</translation>
    </message>
    <message>
        <source>No organiser</source>
        <translation>Ingen arrangör</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Inget projekt</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. fair, members</source>
        <translation>Kommaseparerade, t.ex. mässa, medlemmar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Online link:</source>
        <translation>&amp;Onlinelänk:</translation>
    </message>
    <message>
        <source>O&amp;rganiser:</source>
        <translation>&amp;Arrangör:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;ggar:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Upprepning</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>Public: openly advertised (clear for a closed event)</source>
        <translation>Öppet: annonseras öppet (avmarkera för ett slutet evenemang)</translation>
    </message>
    <message>
        <source>Shown to everyone who sees the event</source>
        <translation>Visas för alla som ser evenemanget</translation>
    </message>
    <message>
        <source>For the team only; never published</source>
        <translation>Bara för teamet; publiceras aldrig</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <source>&amp;Busy status:</source>
        <translation>&amp;Visa som:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Påminnelse:</translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation>&amp;Webbsida:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>Private &amp;notes:</source>
        <translation>Privata &amp;anteckningar:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Anmälda: %1</translation>
    </message>
    <message>
        <source>Default for the kind (%1)</source>
        <translation>Standard för typen (%1)</translation>
    </message>
    <message>
        <source>No venue is called “%1”: pick one from the list</source>
        <translation>Ingen plats heter ”%1”: välj en i listan</translation>
    </message>
    <message>
        <source>No venue is called “%1”: pick one from the list, or create it</source>
        <translation>Ingen plats heter ”%1”: välj en i listan, eller skapa den</translation>
    </message>
    <message>
        <source>No organisation is called “%1”: pick one from the list</source>
        <translation>Ingen organisation heter ”%1”: välj en i listan</translation>
    </message>
    <message>
        <source>No organisation is called “%1”: pick one from the list, or create it</source>
        <translation>Ingen organisation heter ”%1”: välj en i listan, eller skapa den</translation>
    </message>
    <message>
        <source>No project is called “%1”: pick one from the list</source>
        <translation>Inget projekt heter ”%1”: välj ett i listan</translation>
    </message>
    <message>
        <source>No project is called “%1”: pick one from the list, or create it</source>
        <translation>Inget projekt heter ”%1”: välj ett i listan, eller skapa det</translation>
    </message>
</context>
<context>
    <name>ExhibitorDialog</name>
    <message>
        <source>Add a co-exhibitor</source>
        <translation>Lägg till en medutställare</translation>
    </message>
    <message>
        <source>Co-exhibitor</source>
        <translation>Medutställare</translation>
    </message>
    <message>
        <source>(no one)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>m², or leave empty and give a fee</source>
        <translation>m², eller lämna tomt och ange en avgift</translation>
    </message>
    <message>
        <source>SEK, or leave empty and give an area</source>
        <translation>kr, eller lämna tomt och ange en yta</translation>
    </message>
    <message>
        <source>e.g. a robot cell and a demo screen</source>
        <translation>t.ex. en robotcell och en demoskärm</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>m² of floor for what it brings</source>
        <translation>m² golv för det de tar med</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>&amp;Yta (m²):</translation>
    </message>
    <message>
        <source>&amp;Fee (SEK):</source>
        <translation>&amp;Avgift (kr):</translation>
    </message>
    <message>
        <source>&amp;Staff quota:</source>
        <translation>&amp;Personal (antal):</translation>
    </message>
    <message>
        <source>&amp;Badge quota:</source>
        <translation>&amp;Passerkort (antal):</translation>
    </message>
    <message>
        <source>B&amp;rings:</source>
        <translation>&amp;Tar med:</translation>
    </message>
    <message>
        <source>&amp;Power (kW):</source>
        <translation>&amp;El (kW):</translation>
    </message>
    <message>
        <source>F&amp;loor (m²):</source>
        <translation>&amp;Golv (m²):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Läge:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>%1 is not a number (e.g. 12 or 12,5).</source>
        <translation>%1 är inget tal (t.ex. 12 eller 12,5).</translation>
    </message>
    <message>
        <source>%1 must be more than 0 and at most %2.</source>
        <translation>%1 måste vara mer än 0 och högst %2.</translation>
    </message>
    <message>
        <source>Choose the organisation sharing the stand.</source>
        <translation>Välj organisationen som delar montern.</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>Ytan</translation>
    </message>
    <message>
        <source>The power</source>
        <translation>Elen</translation>
    </message>
    <message>
        <source>The floor</source>
        <translation>Golvet</translation>
    </message>
    <message>
        <source>The fee is not an amount of SEK (e.g. 15000).</source>
        <translation>Avgiften är inget belopp i kronor (t.ex. 15000).</translation>
    </message>
    <message>
        <source>The fee must be 0 to %1 SEK.</source>
        <translation>Avgiften måste vara 0 till %1 kr.</translation>
    </message>
    <message>
        <source>Give a share of the area or a fixed fee, not both.</source>
        <translation>Ange en andel av ytan eller en fast avgift, inte båda.</translation>
    </message>
    <message>
        <source>Badges are named for %1 of its people (%2): the badge quota cannot be less.</source>
        <translation>%1 av företagets personer har redan passerkort (%2): antalet passerkort kan inte vara lägre.</translation>
    </message>
    <message>
        <source>The stand is %1 m² and the other co-exhibitors have %2 m²: %3 m² is left.</source>
        <translation>Montern är %1 m² och de andra medutställarna har %2 m²: %3 m² är kvar.</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Opening %1 in Outlook…</source>
        <translation>Öppnar %1 i Outlook…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was opened in Outlook.</source>
        <translation>Avbrutet: inget öppnades i Outlook.</translation>
    </message>
    <message>
        <source>Not opened in Outlook</source>
        <translation>Inte öppnat i Outlook</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Markera ett evenemang först.</translation>
    </message>
    <message>
        <source>No calendar application opened %1. Open the file from Outlook (File → Open &amp; Export → Import/Export) or double-click it.</source>
        <translation>Inget kalenderprogram öppnade %1. Öppna filen från Outlook (Arkiv → Öppna och exportera → Importera/exportera) eller dubbelklicka på den.</translation>
    </message>
    <message>
        <source>Exported to %2 (events: %1).</source>
        <translation>Exporterade till %2 (evenemang: %1).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Outlook (.ics)</source>
        <translation>Exportera till Outlook (.ics)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Vad som ska exporteras</translation>
    </message>
    <message>
        <source>What the view shows: %1 (with its filters)</source>
        <translation>Det vyn visar: %1 (med dess filter)</translation>
    </message>
    <message>
        <source>One project:</source>
        <translation>Ett projekt:</translation>
    </message>
    <message>
        <source>Everything in the database</source>
        <translation>Allt i databasen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>The calendar&apos;s name in Outlook</source>
        <translation>Kalenderns namn i Outlook</translation>
    </message>
    <message>
        <source>Include cancelled events, titled</source>
        <translation>Ta med inställda evenemang, med rubriken</translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Inställt: </translation>
    </message>
    <message>
        <source>Include the private notes</source>
        <translation>Ta med de privata anteckningarna</translation>
    </message>
    <message>
        <source>Automatic, from the calendar name</source>
        <translation>Automatiskt, efter kalenderns namn</translation>
    </message>
    <message>
        <source>The language of the categories Outlook shows for the events&apos; kinds</source>
        <translation>Språket i kategorierna som Outlook visar för evenemangens typer</translation>
    </message>
    <message>
        <source>Calendar name:</source>
        <translation>Kalendernamn:</translation>
    </message>
    <message>
        <source>Categories in:</source>
        <translation>Kategorier på:</translation>
    </message>
    <message>
        <source>Where to write the .ics file</source>
        <translation>Var .ics-filen ska skrivas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Preview in Outlook&apos;s eyes…</source>
        <translation>Förhandsgranska med Outlooks ögon…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>The selected event (select one in the view first)</source>
        <translation>Det markerade evenemanget (markera ett i vyn först)</translation>
    </message>
    <message>
        <source>The selected event: %1</source>
        <translation>Det markerade evenemanget: %1</translation>
    </message>
    <message>
        <source>The selected events: %1</source>
        <translation>De markerade evenemangen: %1</translation>
    </message>
    <message>
        <source>Outlook will show these differently from what was planned:</source>
        <translation>Outlook kommer att visa de här annorlunda än planerat:</translation>
    </message>
    <message>
        <source>…and %1 more: see the preview.</source>
        <translation>…och %1 till: se förhandsgranskningen.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>Choose where to write the file.</source>
        <translation>Välj var filen ska skrivas.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exporten avbröts: ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Inget projekt</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>Ingen plats</translation>
    </message>
    <message>
        <source>%1: %2 in this period</source>
        <translation>%1: %2 under perioden</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <translation>%1 valda</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filter by</source>
        <translation>Filtrera på</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Show every project, venue and tag again</source>
        <translation>Visa alla projekt, platser och taggar igen</translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>The details are in the log file too: %1</source>
        <translation>Detaljerna finns också i loggfilen: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera detaljerna</translation>
    </message>
    <message>
        <source>Eventplanner met an error it did not expect: %1</source>
        <translation>Eventplanner stötte på ett oväntat fel: %1</translation>
    </message>
    <message>
        <source>Eventplanner met %1 errors it did not expect, the first: %2</source>
        <translation>Eventplanner stötte på %1 oväntade fel, det första: %2</translation>
    </message>
    <message>
        <source>What you were doing may not be finished: check it. Copy the details for whoever looks after Eventplanner for you.</source>
        <translation>Det du höll på med kanske inte blev klart: kontrollera det. Kopiera detaljerna till den som tar hand om Eventplanner åt er.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>FeedEditor</name>
    <message>
        <source>New feed</source>
        <translation>Nytt flöde</translation>
    </message>
    <message>
        <source>Edit feed</source>
        <translation>Redigera flöde</translation>
    </message>
    <message>
        <source>e.g. Trade fairs 2027</source>
        <translation>t.ex. Mässor 2027</translation>
    </message>
    <message>
        <source>The feed&apos;s name</source>
        <translation>Flödets namn</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Any tag; or e.g. mässa, delad monter</source>
        <translation>Vilken etikett som helst; eller t.ex. mässa, delad monter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Include cancelled events, titled</source>
        <translation>Ta med inställda evenemang, med rubriken</translation>
    </message>
    <message>
        <source>Include the private notes</source>
        <translation>Ta med de privata anteckningarna</translation>
    </message>
    <message>
        <source>Automatic, from the feed&apos;s name</source>
        <translation>Automatiskt, efter flödets namn</translation>
    </message>
    <message>
        <source>The language of the categories Outlook shows for the events&apos; kinds</source>
        <translation>Språket i kategorierna som Outlook visar för evenemangens typer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Programpunkter</translation>
    </message>
    <message>
        <source>Each session of the events as an entry of its own</source>
        <translation>Varje programpunkt i evenemangen som en egen post</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Alla scener</translation>
    </message>
    <message>
        <source>Only the sessions on the stage of this name</source>
        <translation>Bara programpunkterna på scenen med detta namn</translation>
    </message>
    <message>
        <source>Breaks too</source>
        <translation>Även pauser</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Open days only (public)</source>
        <translation>Bara öppna dagar (publikt)</translation>
    </message>
    <message>
        <source>All, build-up and tear-down too (staff)</source>
        <translation>Alla, även uppbyggnad och rivning (personal)</translation>
    </message>
    <message>
        <source>Nobody: the events the choices above show</source>
        <translation>Ingen: de evenemang som valen ovan visar</translation>
    </message>
    <message>
        <source>A person&apos;s feed: everything this contact is in, in any role, across events</source>
        <translation>En persons flöde: allt kontakten medverkar i, i alla roller och evenemang</translation>
    </message>
    <message>
        <source>None: served only, not written to a folder</source>
        <translation>Ingen: bara serverat, skrivs inte till en mapp</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Calendar name:</source>
        <translation>Kalendernamn:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Visar:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiketter:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Dagar:</translation>
    </message>
    <message>
        <source>Categories in:</source>
        <translation>Kategorier på:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Faser:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Empty choices show every event. The feed&apos;s file is rewritten in the folder after every change that touches it: choose a OneDrive or SharePoint folder and subscribe to the file from Outlook.</source>
        <translation>Tomma val visar alla evenemang. Flödets fil skrivs om i mappen efter varje ändring som berör den: välj en OneDrive- eller SharePoint-mapp och prenumerera på filen från Outlook.</translation>
    </message>
    <message>
        <source>Discard this new feed?</source>
        <translation>Vill du slänga det nya flödet?</translation>
    </message>
    <message>
        <source>Discard your changes to the feed “%1”?</source>
        <translation>Vill du slänga dina ändringar i flödet ”%1”?</translation>
    </message>
    <message>
        <source>The feed&apos;s folder</source>
        <translation>Flödets mapp</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>Alla evenemang</translation>
    </message>
    <message>
        <source>cancelled ones too</source>
        <translation>även inställda</translation>
    </message>
    <message>
        <source>one person&apos;s part</source>
        <translation>en persons del</translation>
    </message>
    <message>
        <source>sessions on %1</source>
        <translation>programpunkter på %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>programpunkter</translation>
    </message>
    <message>
        <source>every phase</source>
        <translation>alla faser</translation>
    </message>
    <message>
        <source>open days</source>
        <translation>öppna dagar</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flöde</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Visar</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>Senast publicerat</translation>
    </message>
    <message>
        <source>%1 (in Outlook: %2)</source>
        <translation>%1 (i Outlook: %2)</translation>
    </message>
    <message>
        <source>(served only)</source>
        <translation>(bara serverat)</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation>Flöden</translation>
    </message>
    <message>
        <source>New feed…</source>
        <translation>Nytt flöde…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publicera nu</translation>
    </message>
    <message>
        <source>Preview in Outlook&apos;s eyes…</source>
        <translation>Förhandsgranska med Outlooks ögon…</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopiera länk</translation>
    </message>
    <message>
        <source>Copy webcal link</source>
        <translation>Kopiera webcal-länk</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Ny länk…</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Länk:</translation>
    </message>
    <message>
        <source>Webcal:</source>
        <translation>Webcal:</translation>
    </message>
    <message>
        <source>In Outlook choose Add calendar → Subscribe from web and paste the link (or the published file&apos;s OneDrive or SharePoint link). Do not import the file: only a subscription receives the updates.</source>
        <translation>I Outlook väljer du Lägg till kalender → Prenumerera från webben och klistrar in länken (eller den publicerade filens OneDrive- eller SharePoint-länk). Importera inte filen: bara en prenumeration får uppdateringarna.</translation>
    </message>
    <message>
        <source>Serving feeds at %1 on this computer.</source>
        <translation>Serverar flöden på %1 på den här datorn.</translation>
    </message>
    <message>
        <source>Turn on File → Serve feeds for links Outlook can subscribe to.</source>
        <translation>Slå på Arkiv → Servera flöden för att få länkar som Outlook kan prenumerera på.</translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Inställt: </translation>
    </message>
    <message>
        <source>Saved the feed %1.</source>
        <translation>Sparade flödet %1.</translation>
    </message>
    <message>
        <source>Delete the feed?</source>
        <translation>Ta bort flödet?</translation>
    </message>
    <message>
        <source>Delete the feed %1? Its link stops working; a file already published in its folder stays there.</source>
        <translation>Ta bort flödet %1? Dess länk slutar fungera; en fil som redan publicerats i dess mapp ligger kvar.</translation>
    </message>
    <message>
        <source>Deleted the feed %1.</source>
        <translation>Tog bort flödet %1.</translation>
    </message>
    <message>
        <source>Make a new link?</source>
        <translation>Skapa en ny länk?</translation>
    </message>
    <message>
        <source>Give %1 a new link? The old link stops working at once: everyone subscribed to it must subscribe to the new one.</source>
        <translation>Ge %1 en ny länk? Den gamla länken slutar fungera direkt: alla som prenumererar på den måste prenumerera på den nya.</translation>
    </message>
    <message>
        <source>The feed %1 has a new link.</source>
        <translation>Flödet %1 har en ny länk.</translation>
    </message>
    <message>
        <source>Publishing %1…</source>
        <translation>Publicerar %1…</translation>
    </message>
    <message>
        <source>Published %1 to %2.</source>
        <translation>Publicerade %1 till %2.</translation>
    </message>
    <message>
        <source>Publishing cancelled: the published file was left as it was.</source>
        <translation>Publiceringen avbröts: den publicerade filen lämnades som den var.</translation>
    </message>
    <message>
        <source>Copied %1. In Outlook: Add calendar → Subscribe from web, and paste it.</source>
        <translation>Kopierade %1. I Outlook: Lägg till kalender → Prenumerera från webben, och klistra in den.</translation>
    </message>
</context>
<context>
    <name>FeedsMenu</name>
    <message>
        <source>Serving feeds at %1</source>
        <translation>Serverar flöden på %1</translation>
    </message>
    <message>
        <source>Only this computer can reach it. File → Feeds… copies each feed&apos;s link.</source>
        <translation>Bara den här datorn når den. Arkiv → Flöden… kopierar varje flödes länk.</translation>
    </message>
    <message>
        <source>Stopped serving feeds.</source>
        <translation>Slutade servera flöden.</translation>
    </message>
    <message>
        <source>Cannot serve feeds</source>
        <translation>Kan inte servera flöden</translation>
    </message>
    <message>
        <source>Published: %1.</source>
        <translation>Publicerade: %1.</translation>
    </message>
    <message>
        <source>Published again: %1.</source>
        <translation>Publicerade på nytt: %1.</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Click to list what this number counts</source>
        <translation>Klicka för att lista vad siffran räknar</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles and descriptions (Ctrl+F)</source>
        <translation>Sök i titlar och beskrivningar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statusar</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Visa inställda</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 visas</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Gå till datum</translation>
    </message>
</context>
<context>
    <name>HoldingConflictsModel</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import events</source>
        <translation>Importera evenemang</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-filer (*.ics);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open a database first, then import into it.</source>
        <translation>Öppna en databas först och importera sedan till den.</translation>
    </message>
    <message>
        <source>Not imported: %1. Only iCalendar files (.ics) can be imported.</source>
        <translation>Inte importerat: %1. Bara iCalendar-filer (.ics) kan importeras.</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 filer</translation>
    </message>
    <message>
        <source>Import one event from %1</source>
        <translation>Importera ett evenemang från %1</translation>
    </message>
    <message>
        <source>Import %1 events from %2</source>
        <translation>Importera %1 evenemang från %2</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new and %3 updated events.</source>
        <translation>Importerat från %1: %2 nya och %3 uppdaterade evenemang.</translation>
    </message>
    <message>
        <source>Venues made: %1.</source>
        <translation>Nya platser: %1.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes it back.</source>
        <translation>Ångra (Ctrl+Z) tar bort det igen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Inget projekt</translation>
    </message>
    <message>
        <source>Categories such as “Seminarium” or “Trade fair” set the kind themselves</source>
        <translation>Kategorier som ”Seminarium” eller ”Mässa” anger typen själva</translation>
    </message>
    <message>
        <source>For times the file writes without a zone, when it names none itself</source>
        <translation>För tider som filen skriver utan tidszon, när den inte själv anger någon</translation>
    </message>
    <message>
        <source>Skip events that cannot be imported</source>
        <translation>Hoppa över evenemang som inte kan importeras</translation>
    </message>
    <message>
        <source>They are listed below; the rest is imported</source>
        <translation>De listas nedan; resten importeras</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Times without a zone:</source>
        <translation>Tider utan tidszon:</translation>
    </message>
    <message>
        <source>Kind when none is named:</source>
        <translation>Typ när ingen anges:</translation>
    </message>
    <message>
        <source>%v of %m events</source>
        <translation>%v av %m evenemang</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
    <message>
        <source>Import %1 files</source>
        <translation>Importera %1 filer</translation>
    </message>
    <message>
        <source>What importing %1 would do, event by event; nothing is written until you press Import. Events already in the planner are matched by their UID: a newer version updates them, the same or an older one changes nothing.</source>
        <translation>Vad en import av %1 skulle göra, evenemang för evenemang; inget sparas förrän du trycker på Importera. Evenemang som redan finns i planeringen känns igen på sitt UID: en nyare version uppdaterar dem, samma eller en äldre ändrar ingenting.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Läser filerna…</translation>
    </message>
    <message>
        <source>Nothing can be imported.</source>
        <translation>Inget kan importeras.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported, and nothing was written:</source>
        <translation>%1 kan inte importeras, och inget har sparats:</translation>
    </message>
    <message>
        <source>Tick “Skip events that cannot be imported” to import the rest; the events left out are listed.</source>
        <translation>Kryssa i ”Hoppa över evenemang som inte kan importeras” för att importera resten; de evenemang som utelämnas listas.</translation>
    </message>
    <message>
        <source>Nothing to import: the planner has every event already.</source>
        <translation>Inget att importera: planeringen har redan alla evenemang.</translation>
    </message>
    <message>
        <source>Import writes one event; Undo (Ctrl+Z) takes it back.</source>
        <translation>Importen sparar ett evenemang; Ångra (Ctrl+Z) tar bort det igen.</translation>
    </message>
    <message>
        <source>Import writes %1 events in one go; Undo (Ctrl+Z) takes it back.</source>
        <translation>Importen sparar %1 evenemang i ett svep; Ångra (Ctrl+Z) tar bort det igen.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was saved.</source>
        <translation>Importen avbröts: inget sparades.</translation>
    </message>
    <message>
        <source>The planner changed since this preview, so nothing was imported. The preview has been made again: check it and press Import again.</source>
        <translation>Planeringen har ändrats sedan förhandsvisningen, så inget importerades. Förhandsvisningen är gjord på nytt: kontrollera den och tryck på Importera igen.</translation>
    </message>
    <message>
        <source>Import registrations from %1</source>
        <translation>Importera anmälningar från %1</translation>
    </message>
    <message>
        <source>%1 rows under the headers. Choose what each column holds; people are matched by e-mail.</source>
        <translation>%1 rader under rubrikerna. Välj vad varje kolumn innehåller; personer matchas på e-postadress.</translation>
    </message>
    <message>
        <source>Problems to fix in the file first:</source>
        <translation>Problem att rätta i filen först:</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Kontrollerar listan…</translation>
    </message>
    <message>
        <source>Nothing can be imported until the problem above is fixed in the file.</source>
        <translation>Inget kan importeras förrän problemet ovan är rättat i filen.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the %1 problems above are fixed in the file.</source>
        <translation>Inget kan importeras förrän de %1 problemen ovan är rättade i filen.</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppas över</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>upprepas</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Project: none</source>
        <translation>Projekt: inget</translation>
    </message>
    <message>
        <source>Kinds (from the categories, else %1): %2</source>
        <translation>Typer (från kategorierna, annars %1): %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <source>New venues (%1): %2</source>
        <translation>Nya platser (%1): %2</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Kalender: %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>Kalendrar: %1</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…och %1 till.</translation>
    </message>
</context>
<context>
    <name>ItineraryDialog</name>
    <message>
        <source>Itinerary: %1</source>
        <translation>Personligt schema: %1</translation>
    </message>
    <message>
        <source>Everything %1 is in, in time order</source>
        <translation>Allt %1 medverkar i, i tidsordning</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <source>the whole event</source>
        <translation>hela evenemanget</translation>
    </message>
    <message>
        <source>Nothing yet: this person has no role in a programme.</source>
        <translation>Inget än: personen har ingen roll i något program.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Samma som systemet (%1)</translation>
    </message>
    <message>
        <source>Applies from the next start</source>
        <translation>Gäller från nästa start</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Eventplanner will be in %1 from its next start.</source>
        <translation>Eventplanner visas på %1 från nästa start.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the chosen rows (Del; it can be undone)</source>
        <translation>Ta bort de valda raderna (Del; det går att ångra)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Inte ångrat</translation>
    </message>
    <message>
        <source>Not redone</source>
        <translation>Inte gjort om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>Ha&amp;ntera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Markera ett evenemang först.</translation>
    </message>
    <message>
        <source>%1 (read-only) – Eventplanner</source>
        <translation>%1 (skrivskyddad) – Eventplanner</translation>
    </message>
    <message>
        <source>%1 is open read-only: you cannot write to it or to its folder. You can look and export, but changes are not saved; copy it to a folder of your own to change it.</source>
        <translation>%1 är öppnad skrivskyddad: du kan inte skriva till den eller till dess mapp. Du kan titta och exportera, men ändringar sparas inte; kopiera den till en egen mapp för att ändra i den.</translation>
    </message>
    <message>
        <source>%1 – Eventplanner</source>
        <translation>%1 – Eventplanner</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Det gick inte att öppna databasen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>About Eventplanner</source>
        <translation>Om Eventplanner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Eventplanner %1&lt;/h3&gt;&lt;p&gt;Plan trade fairs, launches, innovation days, courses and seminars, and publish them to Outlook.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eventplanner %1&lt;/h3&gt;&lt;p&gt;Planera mässor, lanseringar, innovationsdagar, kurser och seminarier, och publicera dem i Outlook.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Add an item</source>
        <translation>Lägg till en sak</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>e.g. roll-up, screen, brochures, demo kit</source>
        <translation>t.ex. roll-up, skärm, broschyrer, demoutrustning</translation>
    </message>
    <message>
        <source>(no one)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Sak:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Antal:</translation>
    </message>
    <message>
        <source>&amp;Packs:</source>
        <translation>&amp;Packar:</translation>
    </message>
    <message>
        <source>&amp;Ships:</source>
        <translation>S&amp;kickar:</translation>
    </message>
    <message>
        <source>&amp;Brings back:</source>
        <translation>&amp;Tar hem:</translation>
    </message>
    <message>
        <source>&amp;Where it is:</source>
        <translation>&amp;Var den är:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>Name the item.</source>
        <translation>Ge saken ett namn.</translation>
    </message>
    <message>
        <source>The item&apos;s name is longer than 200 characters.</source>
        <translation>Sakens namn är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>The notes are longer than 4000 characters.</source>
        <translation>Anteckningarna är längre än 4000 tecken.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>%1, all day</source>
        <translation>%1, heldag</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Differs from its series</source>
        <translation>Avviker från sin serie</translation>
    </message>
    <message>
        <source>One open task due this day</source>
        <translation>En öppen uppgift ska vara klar den här dagen</translation>
    </message>
    <message>
        <source>%1 open tasks due this day</source>
        <translation>%1 öppna uppgifter ska vara klara den här dagen</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 till</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>e.g. Mälardalen University</source>
        <translation>t.ex. Mälardalens universitet</translation>
    </message>
    <message>
        <source>NNNNNN-NNNN</source>
        <translation>NNNNNN-NNNN</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(ej angivet)</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>SMF (små och medelstora)</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Stort företag</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Actor type:</source>
        <translation>&amp;Aktörstyp:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>St&amp;orlek:</translation>
    </message>
    <message>
        <source>Organisation n&amp;umber:</source>
        <translation>Organisationsn&amp;ummer:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation>&amp;Webbsida:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Ant&amp;eckningar:</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Näringsliv</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Akademi</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Forskningsinstitut</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Offentlig sektor</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civilsamhälle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>OrganisationRoleDialog</name>
    <message>
        <source>Add an organisation</source>
        <translation>Lägg till en organisation</translation>
    </message>
    <message>
        <source>Organisation&apos;s role</source>
        <translation>Organisationens roll</translation>
    </message>
    <message>
        <source>e.g. the grant&apos;s number, or the stand they share</source>
        <translation>t.ex. bidragets diarienummer, eller montern ni delar</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>There are no organisations yet: add them in Manage → Organisations.</source>
        <translation>Det finns inga organisationer än: lägg till dem under Hantera → Organisationer.</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>Välj en organisation.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>Anteckningen är för lång.</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No organisation has a role on this event yet. Add the organiser, partners, sponsors and funders here: funder reports count them.</source>
        <translation>Ingen organisation har en roll i evenemanget än. Lägg till arrangör, partner, sponsorer och finansiärer här: rapporterna till finansiärer räknar dem.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Give an organisation a role on this event</source>
        <translation>Ge en organisation en roll i evenemanget</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Take the chosen roles away (it can be undone)</source>
        <translation>Ta bort de valda rollerna (det går att ångra)</translation>
    </message>
</context>
<context>
    <name>PaperListDialog</name>
    <message>
        <source>Attendance from a list</source>
        <translation>Närvaro från en lista</translation>
    </message>
    <message>
        <source>One name or e-mail a line, as on the paper list</source>
        <translation>Ett namn eller en e-postadress per rad, som på papperslistan</translation>
    </message>
    <message>
        <source>Mark attended</source>
        <translation>Markera som närvarande</translation>
    </message>
    <message>
        <source>Not one registration of this event: %1. Correct them, or remove the lines; nothing was marked.</source>
        <translation>Inte en anmälan till detta evenemang: %1. Rätta dem eller ta bort raderna; ingenting markerades.</translation>
    </message>
    <message>
        <source>Type or paste at least one name or e-mail.</source>
        <translation>Skriv eller klistra in minst ett namn eller en e-postadress.</translation>
    </message>
</context>
<context>
    <name>ParticipantSheets</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, semikolonavgränsad (*.csv)</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importera anmälningar</translation>
    </message>
    <message>
        <source>Registration lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Anmälningslistor (*.xlsx *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Exportera deltagare</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>%1 – participants.xlsx</source>
        <translation>%1 – deltagare.xlsx</translation>
    </message>
</context>
<context>
    <name>ParticipantsWindow</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Pick a person, or type a new name</source>
        <translation>Välj en person, eller skriv ett nytt namn</translation>
    </message>
    <message>
        <source>E-mail of a new person</source>
        <translation>E-post till en ny person</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Anmäl</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Avanmäl</translation>
    </message>
    <message>
        <source>Mark attended</source>
        <translation>Markera som närvarande</translation>
    </message>
    <message>
        <source>Fill free seats</source>
        <translation>Fyll lediga platser</translation>
    </message>
    <message>
        <source>Move the waiting up into the seats free now (after the capacity was raised)</source>
        <translation>Flytta upp de som väntar till de platser som nu är lediga (när antalet platser har ökats)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Register the people of a CSV or Excel list (a web form&apos;s export)</source>
        <translation>Anmäl personerna i en CSV- eller Excel-lista (en export från ett webbformulär)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Write the list with attendance to Excel or CSV</source>
        <translation>Spara listan med närvaro som Excel eller CSV</translation>
    </message>
    <message>
        <source>Copy e-mail addresses</source>
        <translation>Kopiera e-postadresser</translation>
    </message>
    <message>
        <source>Of the chosen rows, else of everyone not cancelled, for Outlook&apos;s To field</source>
        <translation>De valda radernas, annars alla som inte avbokat, för Outlooks Till-fält</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Skriv e-post</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <source>Pick a person, or type a new person&apos;s name.</source>
        <translation>Välj en person, eller skriv en ny persons namn.</translation>
    </message>
    <message>
        <source>Several people are called “%1”: pick one from the list.</source>
        <translation>Flera personer heter ”%1”: välj en i listan.</translation>
    </message>
    <message>
        <source>Moved up from the waitlist: %1. Tell them.</source>
        <translation>Flyttade upp från väntelistan: %1. Meddela dem.</translation>
    </message>
    <message>
        <source>Copied 1 e-mail address: paste it into Outlook&apos;s To field.</source>
        <translation>Kopierade 1 e-postadress: klistra in den i Outlooks Till-fält.</translation>
    </message>
    <message>
        <source>Copied %1 e-mail addresses: paste them into Outlook&apos;s To field.</source>
        <translation>Kopierade %1 e-postadresser: klistra in dem i Outlooks Till-fält.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importerat: %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataWindow</name>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Find a person by name, e-mail or organisation</source>
        <translation>Hitta en person på namn, e-post eller organisation</translation>
    </message>
    <message>
        <source>Choose a person to see what is held about them.</source>
        <translation>Välj en person för att se vad som sparats om hen.</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportera JSON…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymisera…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>Drop the name, e-mail, phone, title and needs; keep the registrations and the organisation, so the reports count the same</source>
        <translation>Ta bort namn, e-post, telefon, titel och behov; behåll anmälningarna och organisationen, så att rapporterna räknar likadant</translation>
    </message>
    <message>
        <source>Delete the person and their registrations; cannot be undone once Eventplanner is closed</source>
        <translation>Radera personen och hens anmälningar; kan inte ångras när Eventplanner har stängts</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>ingen organisation</translation>
    </message>
    <message>
        <source>anonymised %1</source>
        <translation>anonymiserad %1</translation>
    </message>
    <message>
        <source>followed by the feeds %1</source>
        <translation>följs av flödena %1</translation>
    </message>
    <message>
        <source>Personal data %1.%2</source>
        <translation>Personuppgifter %1.%2</translation>
    </message>
    <message>
        <source>Export personal data as JSON</source>
        <translation>Exportera personuppgifter som JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export personal data as PDF</source>
        <translation>Exportera personuppgifter som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Radera en person</translation>
    </message>
    <message>
        <source>Erase %1? This deletes:
%2

It takes them off these, which stay:
%3

Where a registered seat frees, the first waiting moves up. You can undo this until Eventplanner is closed; after that it cannot be undone.</source>
        <translation>Radera %1? Detta raderar:
%2

Hen tas bort från dessa, som finns kvar:
%3

Där en anmäld plats blir ledig flyttas den första på väntelistan upp. Du kan ångra detta tills Eventplanner stängs; därefter går det inte att ångra.</translation>
    </message>
    <message>
        <source>Anonymise a person</source>
        <translation>Anonymisera en person</translation>
    </message>
    <message>
        <source>Anonymise %1? Their name, e-mail, phone, title, needs, skills and availability go; their %2 registrations and their organisation stay, so the reports count the same. You can undo this until Eventplanner is closed.</source>
        <translation>Anonymisera %1? Namn, e-post, telefon, titel, behov, färdigheter och tillgänglighet tas bort; hens %2 anmälningar och organisation finns kvar, så att rapporterna räknar likadant. Du kan ångra detta tills Eventplanner stängs.</translation>
    </message>
    <message>
        <source>Moved up from the waitlist: %1. Tell them: %2</source>
        <translation>Flyttad upp från väntelistan: %1. Meddela dem: %2</translation>
    </message>
    <message>
        <source>Done: %1 people. Edit → Undo puts them back until Eventplanner is closed.</source>
        <translation>Klart: %1 personer. Redigera → Ångra återställer dem tills Eventplanner stängs.</translation>
    </message>
</context>
<context>
    <name>PhasesDialog</name>
    <message>
        <source>Phases: %1</source>
        <translation>Faser: %1</translation>
    </message>
    <message>
        <source>as the kind, if empty</source>
        <translation>som typen, om tomt</translation>
    </message>
    <message>
        <source>As the kind has it</source>
        <translation>Som typen anger</translation>
    </message>
    <message>
        <source>In public feeds</source>
        <translation>I offentliga flöden</translation>
    </message>
    <message>
        <source>To the staff only</source>
        <translation>Bara för personalen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;From (%1):</source>
        <translation>&amp;Från (%1):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>Sho&amp;wn:</source>
        <translation>&amp;Visas:</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>N&amp;y</translation>
    </message>
    <message>
        <source>Clear the fields for a new phase</source>
        <translation>Töm fälten för en ny fas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>public</source>
        <translation>offentlig</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Unexpected error (%1: %2)</source>
        <translation>Oväntat fel (%1: %2)</translation>
    </message>
</context>
<context>
    <name>PlaybookCommands</name>
    <message>
        <source>A playbook needs a name.</source>
        <translation>En checklista behöver ett namn.</translation>
    </message>
    <message>
        <source>A playbook&apos;s name has at most %1 characters.</source>
        <translation>En checklistas namn får vara högst %1 tecken.</translation>
    </message>
    <message>
        <source>A playbook called “%1” exists already; give this one another name.</source>
        <translation>Det finns redan en checklista som heter ”%1”; ge den här ett annat namn.</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Ny checklista</translation>
    </message>
    <message>
        <source>&amp;Name of the new playbook:</source>
        <translation>&amp;Namn på den nya checklistan:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Duplicate playbook</source>
        <translation>Kopiera checklista</translation>
    </message>
    <message>
        <source>&amp;Name of the copy:</source>
        <translation>&amp;Namn på kopian:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Rename playbook</source>
        <translation>Byt namn på checklista</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nytt namn:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Byt namn på ”%1” till ”%2”</translation>
    </message>
    <message>
        <source>Delete the playbook “%1”?</source>
        <translation>Ta bort checklistan ”%1”?</translation>
    </message>
    <message>
        <source>Its task goes with it.</source>
        <translation>Dess uppgift försvinner med den.</translation>
    </message>
    <message>
        <source>Its %1 tasks go with it.</source>
        <translation>Dess %1 uppgifter försvinner med den.</translation>
    </message>
    <message>
        <source>Tasks already made from it for events stay as they are. Ctrl+Z brings the playbook back.</source>
        <translation>Uppgifter som redan skapats från den för evenemang ligger kvar som de är. Ctrl+Z tar tillbaka checklistan.</translation>
    </message>
    <message>
        <source>Delete playbook</source>
        <translation>Ta bort checklista</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>En uppgift behöver en titel.</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Lägg till uppgift</translation>
    </message>
    <message>
        <source>&amp;Title of the new task (in %1):</source>
        <translation>&amp;Titel på den nya uppgiften (på %1):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Change the kind of event “%1” suits</source>
        <translation>Ändra vilken sorts evenemang ”%1” passar</translation>
    </message>
    <message>
        <source>Change the language of “%1”</source>
        <translation>Ändra språket i ”%1”</translation>
    </message>
    <message>
        <source>Change the description of “%1”</source>
        <translation>Ändra beskrivningen av ”%1”</translation>
    </message>
</context>
<context>
    <name>PlaybookDialog</name>
    <message>
        <source>Apply playbook</source>
        <translation>Använd checklista</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Använd</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evenemang:</translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation>&amp;Checklista:</translation>
    </message>
    <message>
        <source>(the event has it already)</source>
        <translation>(evenemanget har den redan)</translation>
    </message>
    <message>
        <source>%1 new tasks for “%2”:</source>
        <translation>%1 nya uppgifter för ”%2”:</translation>
    </message>
    <message>
        <source>“%1” has every task of this playbook already.</source>
        <translation>”%1” har redan alla uppgifter i den här checklistan.</translation>
    </message>
</context>
<context>
    <name>PlaybookHeader</name>
    <message>
        <source>Make an editable &amp;copy…</source>
        <translation>Gör en redigerbar &amp;kopia…</translation>
    </message>
    <message>
        <source>Any kind of event</source>
        <translation>Alla sorters evenemang</translation>
    </message>
    <message>
        <source>The tasks are made in this language; the table shows and edits their titles and descriptions in it</source>
        <translation>Uppgifterna skapas på det här språket; tabellen visar och redigerar deras titlar och beskrivningar på det</translation>
    </message>
    <message>
        <source>What it is for, in a sentence</source>
        <translation>Vad den är till för, i en mening</translation>
    </message>
    <message>
        <source>&amp;Tasks written in:</source>
        <translation>&amp;Uppgifterna skrivs på:</translation>
    </message>
    <message>
        <source>&amp;Suits:</source>
        <translation>&amp;Passar:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>No playbook chosen</source>
        <translation>Ingen checklista vald</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 uppgift</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 uppgifter</translation>
    </message>
    <message>
        <source>Shipped with Eventplanner · %1</source>
        <translation>Medföljer Eventplanner · %1</translation>
    </message>
    <message>
        <source>Your team&apos;s playbook · %1</source>
        <translation>Er egen checklista · %1</translation>
    </message>
    <message>
        <source>This playbook ships with Eventplanner and stays as each new version ships it. Make a copy to change it: the copy is your team&apos;s to edit, share and apply, and the shipped one stays beside it.</source>
        <translation>Den här checklistan medföljer Eventplanner och förblir som varje ny version levererar den. Gör en kopia för att ändra den: kopian är er egen att redigera, dela och använda, och den medföljande finns kvar bredvid.</translation>
    </message>
</context>
<context>
    <name>PlaybookListModel</name>
    <message>
        <source>%1
Shipped with Eventplanner: read-only, copy it to change it</source>
        <translation>%1
Medföljer Eventplanner: skrivskyddad, kopiera den för att ändra den</translation>
    </message>
    <message>
        <source>%1
Your team&apos;s playbook</source>
        <translation>%1
Er egen checklista</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 uppgift</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 uppgifter</translation>
    </message>
    <message>
        <source>Shipped · %1</source>
        <translation>Medföljer · %1</translation>
    </message>
    <message>
        <source>Your team&apos;s · %1</source>
        <translation>Er egen · %1</translation>
    </message>
</context>
<context>
    <name>PlaybookTexts</name>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Stand lead</source>
        <translation>Monteransvarig</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>arbetsdagar</translation>
    </message>
    <message>
        <source>before</source>
        <translation>före</translation>
    </message>
    <message>
        <source>after</source>
        <translation>efter</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Flytta tidigare</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Flytta senare</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Event start</source>
        <translation>Evenemangsstart</translation>
    </message>
    <message>
        <source>Event end</source>
        <translation>Evenemangsslut</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Fair deadline</source>
        <translation>Mässans deadline</translation>
    </message>
    <message>
        <source>Another task</source>
        <translation>Annan uppgift</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 vecka</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 veckor</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 arbetsdag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 arbetsdagar</translation>
    </message>
    <message>
        <source>the day of %1</source>
        <translation>samma dag som %1</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 före %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 efter %2</translation>
    </message>
    <message>
        <source>the event&apos;s start</source>
        <translation>evenemangets start</translation>
    </message>
    <message>
        <source>the event&apos;s end</source>
        <translation>evenemangets slut</translation>
    </message>
    <message>
        <source>the phase “%1”</source>
        <translation>fasen ”%1”</translation>
    </message>
    <message>
        <source>the fair organiser&apos;s deadline “%1”</source>
        <translation>mässarrangörens deadline ”%1”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1; a day off moves it earlier</source>
        <translation>%1; en ledig dag flyttar den tidigare</translation>
    </message>
    <message>
        <source>%1; a day off moves it later</source>
        <translation>%1; en ledig dag flyttar den senare</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>slutet</translation>
    </message>
    <message>
        <source>%1 (without it: %2)</source>
        <translation>%1 (annars: %2)</translation>
    </message>
    <message>
        <source>Say which phase it counts from.</source>
        <translation>Ange vilken fas den räknas från.</translation>
    </message>
    <message>
        <source>Say which of the fair organiser&apos;s deadlines it counts from.</source>
        <translation>Ange vilken av mässarrangörens deadlines den räknas från.</translation>
    </message>
    <message>
        <source>It can only count from another task once the playbook has one: add that task first.</source>
        <translation>Den kan räknas från en annan uppgift först när checklistan har en: lägg till den uppgiften först.</translation>
    </message>
    <message>
        <source>A playbook needs a name.</source>
        <translation>En checklista behöver ett namn.</translation>
    </message>
    <message>
        <source>A playbook&apos;s name has at most %1 characters.</source>
        <translation>En checklistas namn får vara högst %1 tecken.</translation>
    </message>
    <message>
        <source>“%1” is not a language of playbooks: use English or Swedish.</source>
        <translation>”%1” är inget språk för checklistor: använd engelska eller svenska.</translation>
    </message>
    <message>
        <source>A playbook has at most %1 tasks.</source>
        <translation>En checklista har högst %1 uppgifter.</translation>
    </message>
    <message>
        <source>A task needs a key.</source>
        <translation>En uppgift behöver en nyckel.</translation>
    </message>
    <message>
        <source>The key “%1” may hold only lower-case letters, digits, - and _.</source>
        <translation>Nyckeln ”%1” får bara innehålla gemena bokstäver, siffror, - och _.</translation>
    </message>
    <message>
        <source>Another task has the key “%1”.</source>
        <translation>En annan uppgift har nyckeln ”%1”.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>En uppgift behöver en titel.</translation>
    </message>
    <message>
        <source>A title has at most %1 characters.</source>
        <translation>En titel får vara högst %1 tecken.</translation>
    </message>
    <message>
        <source>The event&apos;s start or end needs no phase, deadline or task.</source>
        <translation>Evenemangets start eller slut behöver ingen fas, deadline eller uppgift.</translation>
    </message>
    <message>
        <source>Only a task counted from a phase or a fair deadline needs a date to fall back on.</source>
        <translation>Bara en uppgift som räknas från en fas eller mässans deadline behöver ett datum att falla tillbaka på.</translation>
    </message>
    <message>
        <source>A task cannot count from itself.</source>
        <translation>En uppgift kan inte räknas från sig själv.</translation>
    </message>
    <message>
        <source>It counts from “%1”, which is not a task of this playbook.</source>
        <translation>Den räknas från ”%1”, som inte är en uppgift i den här checklistan.</translation>
    </message>
    <message>
        <source>The tasks would count from each other in a circle (%1): one of them must count from the event.</source>
        <translation>Uppgifterna skulle räknas från varandra i en cirkel (%1): en av dem måste räknas från evenemanget.</translation>
    </message>
    <message>
        <source>%1 is too far: at most %2 %3 (about ten years).</source>
        <translation>%1 är för långt: högst %2 %3 (ungefär tio år).</translation>
    </message>
    <message>
        <source>%1 counts from it: have it count from something else first.</source>
        <translation>%1 räknas från den: låt den räknas från något annat först.</translation>
    </message>
    <message>
        <source>%1 count from it: have them count from something else first.</source>
        <translation>%1 räknas från den: låt dem räknas från något annat först.</translation>
    </message>
    <message>
        <source>Task %1 “%2”: %3</source>
        <translation>Uppgift %1 ”%2”: %3</translation>
    </message>
</context>
<context>
    <name>PlaybookTransfer</name>
    <message>
        <source>Playbook files (*.json);;All files (*)</source>
        <translation>Checklistfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export playbook</source>
        <translation>Exportera checklista</translation>
    </message>
    <message>
        <source>Import playbook</source>
        <translation>Importera checklista</translation>
    </message>
    <message>
        <source>Playbook not exported</source>
        <translation>Checklistan exporterades inte</translation>
    </message>
    <message>
        <source>Playbook not imported</source>
        <translation>Checklistan importerades inte</translation>
    </message>
    <message>
        <source>“%1” is not a playbook file Eventplanner can read, and nothing was imported.

%2</source>
        <translation>”%1” är ingen checklistfil som Eventplanner kan läsa, och inget importerades.

%2</translation>
    </message>
    <message>
        <source>A playbook called “%1” exists already.</source>
        <translation>Det finns redan en checklista som heter ”%1”.</translation>
    </message>
    <message>
        <source>The playbook of “%1” can be imported as “%2”; rename it afterwards if you like.</source>
        <translation>Checklistan i ”%1” kan importeras som ”%2”; byt namn på den efteråt om du vill.</translation>
    </message>
    <message>
        <source>Import as “%1”</source>
        <translation>Importera som ”%1”</translation>
    </message>
    <message>
        <source>Import the playbook “%1”</source>
        <translation>Importera checklistan ”%1”</translation>
    </message>
</context>
<context>
    <name>PlaybookUndo</name>
    <message>
        <source>There is no playbook “%1” any more: someone else deleted or renamed it.</source>
        <translation>Checklistan ”%1” finns inte längre: någon annan har tagit bort den eller bytt namn på den.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere meanwhile; it is shown as it is now: make the change again.</source>
        <translation>”%1” ändrades någon annanstans under tiden; den visas som den är nu: gör ändringen igen.</translation>
    </message>
    <message>
        <source>Delete the playbook “%1”</source>
        <translation>Ta bort checklistan ”%1”</translation>
    </message>
    <message>
        <source>New playbook “%1”</source>
        <translation>Ny checklista ”%1”</translation>
    </message>
    <message>
        <source>Copy “%1” as “%2”</source>
        <translation>Kopiera ”%1” som ”%2”</translation>
    </message>
</context>
<context>
    <name>PlaybooksView</name>
    <message>
        <source>Playbooks</source>
        <translation>Checklistor</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>A new, empty playbook of your team&apos;s</source>
        <translation>En ny, tom checklista som är er egen</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>K&amp;opiera…</translation>
    </message>
    <message>
        <source>A copy of the chosen playbook, yours to edit</source>
        <translation>En kopia av den valda checklistan, er egen att redigera</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Byt na&amp;mn…</translation>
    </message>
    <message>
        <source>Give the chosen playbook another name</source>
        <translation>Ge den valda checklistan ett annat namn</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the chosen playbook (it asks first)</source>
        <translation>Ta bort den valda checklistan (frågar först)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Add a playbook from a file a colleague shared</source>
        <translation>Lägg till en checklista från en fil som en kollega delat</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Save the chosen playbook as a file to share</source>
        <translation>Spara den valda checklistan som en fil att dela</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>&amp;Lägg till uppgift…</translation>
    </message>
    <message>
        <source>A new task after the chosen one (Insert)</source>
        <translation>En ny uppgift efter den valda (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>Ta bo&amp;rt uppgift</translation>
    </message>
    <message>
        <source>Take the chosen task out (Delete)</source>
        <translation>Ta bort den valda uppgiften (Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Earlier in the list (Ctrl+Up)</source>
        <translation>Tidigare i listan (Ctrl+Upp)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Later in the list (Ctrl+Down)</source>
        <translation>Senare i listan (Ctrl+Ned)</translation>
    </message>
</context>
<context>
    <name>PlaybooksWindow</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterad till %1</translation>
    </message>
    <message>
        <source>No tasks yet: Add task… (Insert) adds the first; each is due a number of days or weeks before or after the event.</source>
        <translation>Inga uppgifter ännu: Lägg till uppgift… (Insert) lägger till den första; var och en infaller ett antal dagar eller veckor före eller efter evenemanget.</translation>
    </message>
    <message>
        <source>Double-click a cell (or press F2) to change it. Each change is saved at once; Ctrl+Z undoes it.</source>
        <translation>Dubbelklicka på en cell (eller tryck F2) för att ändra den. Varje ändring sparas direkt; Ctrl+Z ångrar den.</translation>
    </message>
    <message>
        <source>A shipped playbook is read-only: make a copy to change it.</source>
        <translation>En medföljande checklista är skrivskyddad: gör en kopia för att ändra den.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview in Outlook&apos;s eyes</source>
        <translation>Förhandsgranska med Outlooks ögon</translation>
    </message>
    <message>
        <source>How Outlook will read each event of %1, as the file says it.</source>
        <translation>Hur Outlook kommer att läsa varje evenemang i %1, så som filen säger det.</translation>
    </message>
    <message>
        <source>Times as a reader in this zone sees them:</source>
        <translation>Tider som en läsare i den här tidszonen ser dem:</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Skriver kalendern…</translation>
    </message>
    <message>
        <source>No events: the file would be empty.</source>
        <translation>Inga evenemang: filen skulle bli tom.</translation>
    </message>
    <message>
        <source>Events: %1. Shown differently than planned: %2 (tinted).</source>
        <translation>Evenemang: %1. Visas annorlunda än planerat: %2 (färgade).</translation>
    </message>
    <message>
        <source>Events: %1. Outlook shows each one as planned.</source>
        <translation>Evenemang: %1. Outlook visar vart och ett som planerat.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Visas som</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Busy status</source>
        <translation>Upptagetstatus</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Upprepas</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>%1 minutes after the start</source>
        <translation>%1 minuter efter starten</translation>
    </message>
    <message>
        <source>(the same day)</source>
        <translation>(samma dag)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Heldag</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Med tid</translation>
    </message>
    <message>
        <source>Changed occurrence (was %1)</source>
        <translation>Ändrat tillfälle (var %1)</translation>
    </message>
    <message>
        <source>The first occurrence of a series, written apart, %1 long: it starts in the hour a clock change repeats or skips, which readers place differently; the series goes on from its second occurrence</source>
        <translation>Den första förekomsten i en serie, skriven för sig, %1 lång: den börjar i den timme som en omställning av klockan upprepar eller hoppar över, och som läsare placerar olika; serien fortsätter från sin andra förekomst</translation>
    </message>
    <message>
        <source>Occurrence %1 of %2 of a series no Outlook pattern comes near, written as separate events: Outlook shows each on its own</source>
        <translation>Förekomst %1 av %2 i en serie som inget Outlook-mönster kommer nära, skriven som separata händelser: Outlook visar var och en för sig</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>En gång</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Written in the zone %1</source>
        <translation>Skrivet i tidszonen %1</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>Select an event first.</source>
        <translation>Markera ett evenemang först.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print programme: %1</source>
        <translation>Skriv ut program: %1</translation>
    </message>
    <message>
        <source>Programme (a day a page, stages side by side)</source>
        <translation>Program (en dag per sida, scenerna sida vid sida)</translation>
    </message>
    <message>
        <source>Run sheet for the crew</source>
        <translation>Körschema för personalen</translation>
    </message>
    <message>
        <source>Door sheet for a stage</source>
        <translation>Dörrskylt för en scen</translation>
    </message>
    <message>
        <source>A person&apos;s own run sheet</source>
        <translation>En persons eget körschema</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Print the dra&amp;ft (“Draft” on each page)</source>
        <translation>Skriv ut &amp;utkastet (”Utkast” på varje sida)</translation>
    </message>
    <message>
        <source>The programme as being edited, not as last released to subscribers</source>
        <translation>Programmet som det redigeras, inte som det senast släpptes till prenumeranterna</translation>
    </message>
    <message>
        <source>Reading the programme…</source>
        <translation>Läser programmet…</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Scen:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apper:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>This programme is not released yet, so subscribers see none of it. Tick “Print the draft” to print it as it is, marked “Draft”.</source>
        <translation>Programmet är inte släppt ännu, så prenumeranterna ser inget av det. Kryssa i ”Skriv ut utkastet” för att skriva ut det som det är, märkt ”Utkast”.</translation>
    </message>
    <message>
        <source>The draft, “Draft” on each page.</source>
        <translation>Utkastet, ”Utkast” på varje sida.</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Release %1 “%2”</source>
        <translation>Version %1 ”%2”</translation>
    </message>
    <message>
        <source>Moved with the event</source>
        <translation>Flyttat med evenemanget</translation>
    </message>
    <message>
        <source>As released: %1.</source>
        <translation>Som släppt: %1.</translation>
    </message>
    <message>
        <source>Sessions: %1. Stages: %2.</source>
        <translation>Programpunkter: %1. Scener: %2.</translation>
    </message>
    <message>
        <source>This event&apos;s programme has no sessions yet: add them first.</source>
        <translation>Evenemangets program har inga programpunkter ännu: lägg till dem först.</translation>
    </message>
</context>
<context>
    <name>PrintRotaDialog</name>
    <message>
        <source>Print rota: %1</source>
        <translation>Skriv ut bemanningsschema: %1</translation>
    </message>
    <message>
        <source>&amp;Every day and every person (a page each)</source>
        <translation>&amp;Varje dag och varje person (en sida var)</translation>
    </message>
    <message>
        <source>&amp;One person&apos;s shifts:</source>
        <translation>&amp;En persons pass:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apper:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <source>Rota %1.pdf</source>
        <translation>Bemanningsschema %1.pdf</translation>
    </message>
    <message>
        <source>Save the rota as PDF</source>
        <translation>Spara bemanningsschemat som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeExport</name>
    <message>
        <source>Export programme</source>
        <translation>Exportera program</translation>
    </message>
    <message>
        <source>Schedule for conference apps, frab XML (*.xml);;Schedule for conference apps, pretalx JSON (*.json)</source>
        <translation>Schema för konferensappar, frab XML (*.xml);;Schema för konferensappar, pretalx JSON (*.json)</translation>
    </message>
    <message>
        <source>Select an event with a programme first.</source>
        <translation>Välj först ett evenemang med program.</translation>
    </message>
    <message>
        <source>Wrote %1 sessions to %2</source>
        <translation>Skrev %1 programpunkter till %2</translation>
    </message>
    <message>
        <source>Programme not exported</source>
        <translation>Programmet exporterades inte</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Scen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Medverkande</translation>
    </message>
</context>
<context>
    <name>ProgrammeWindow</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>&amp;Itinerary…</source>
        <translation>&amp;Personligt schema…</translation>
    </message>
    <message>
        <source>Everything the chosen person is in, in every event</source>
        <translation>Allt den valda personen medverkar i, i alla evenemang</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Scen:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Ny programpunkt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Copy to every &amp;stage</source>
        <translation>Kopiera till alla &amp;scener</translation>
    </message>
    <message>
        <source>The selected break at the same time on every stage</source>
        <translation>Den markerade pausen vid samma tid på alla scener</translation>
    </message>
    <message>
        <source>Copy to every &amp;day</source>
        <translation>Kopiera till alla &amp;dagar</translation>
    </message>
    <message>
        <source>The selected break at the same time on every day</source>
        <translation>Den markerade pausen vid samma tid alla dagar</translation>
    </message>
    <message>
        <source>S&amp;hift later sessions…</source>
        <translation>&amp;Flytta senare programpunkter…</translation>
    </message>
    <message>
        <source>Move the selected session and every later one on its stage that day</source>
        <translation>Flytta den markerade programpunkten och alla senare på samma scen den dagen</translation>
    </message>
    <message>
        <source>Make a bloc&amp;k…</source>
        <translation>Skapa ett bloc&amp;k…</translation>
    </message>
    <message>
        <source>A block on the selected session&apos;s stage, with that session in it; others join it in the session editor</source>
        <translation>Ett block på den valda programpunktens scen, med den programpunkten i; andra läggs till i programpunktens redigerare</translation>
    </message>
    <message>
        <source>S&amp;tages…</source>
        <translation>S&amp;cener…</translation>
    </message>
    <message>
        <source>Add, change or delete the event&apos;s stages</source>
        <translation>Lägg till, ändra eller ta bort evenemangets scener</translation>
    </message>
    <message>
        <source>Ph&amp;ases…</source>
        <translation>F&amp;aser…</translation>
    </message>
    <message>
        <source>The event&apos;s build-up, open days, rehearsal, dinner and tear-down</source>
        <translation>Evenemangets uppbyggnad, öppna dagar, repetition, middag och rivning</translation>
    </message>
    <message>
        <source>Sta&amp;nd…</source>
        <translation>Mo&amp;nter…</translation>
    </message>
    <message>
        <source>The event&apos;s stand at the fair: co-exhibitors, deadlines, badges, materials</source>
        <translation>Evenemangets monter på mässan: medutställare, deadlines, passerkort, material</translation>
    </message>
    <message>
        <source>Move &amp;block to</source>
        <translation>Flytta &amp;blocket till</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation>Organisationer (%1)</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Ingen scen</translation>
    </message>
    <message>
        <source>%1: “%2” %3–%4 and “%5” %6–%7</source>
        <translation>%1: ”%2” %3–%4 och ”%5” %6–%7</translation>
    </message>
    <message>
        <source>None on this day</source>
        <translation>Inga denna dag</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Alla scener</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected sessions with the people on them? You can undo it.</source>
        <translation>
            <numerusform>Ta bort den valda programpunkten med personerna på den? Du kan ångra det.</numerusform>
            <numerusform>Ta bort de %n valda programpunkterna med personerna på dem? Du kan ångra det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Ta bort programpunkt</translation>
    </message>
    <message>
        <source>Make a block</source>
        <translation>Skapa ett block</translation>
    </message>
    <message>
        <source>The block&apos;s title (its sessions are on one stage, chaired together and moved as one), starting with “%1”:</source>
        <translation>Blockets titel (dess programpunkter ligger på en scen, leds tillsammans och flyttas som en), med början i ”%1”:</translation>
    </message>
    <message>
        <source>Give the block a title.</source>
        <translation>Ge blocket en titel.</translation>
    </message>
    <message>
        <source>Delete the session “%1” with the people on it? You can undo it.</source>
        <translation>Ta bort programpunkten ”%1” med personerna på den? Du kan ångra det.</translation>
    </message>
    <message>
        <source>Overlaps and conflicts</source>
        <translation>Överlappningar och konflikter</translation>
    </message>
    <message>
        <source>Delete the selected sessions (Del; it can be undone)</source>
        <translation>Ta bort de valda programpunkterna (Del; det går att ångra)</translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Ta bort programpunkter</translation>
    </message>
    <message>
        <source>Shift %1 sessions by %2 minutes</source>
        <translation>flytta %1 programpunkter %2 minuter</translation>
    </message>
    <message>
        <source>Shift later sessions</source>
        <translation>Flytta senare programpunkter</translation>
    </message>
    <message>
        <source>Minutes to move this and every later session on its stage (negative: earlier):</source>
        <translation>Minuter att flytta denna och alla senare programpunkter på scenen (negativt: tidigare):</translation>
    </message>
    <message>
        <source>Copy “%1” to every day</source>
        <translation>kopiera ”%1” till alla dagar</translation>
    </message>
    <message>
        <source>Copy “%1” to every stage</source>
        <translation>kopiera ”%1” till alla scener</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>e.g. Microfactories</source>
        <translation>t.ex. Mikrofabriker</translation>
    </message>
    <message>
        <source>No funder</source>
        <translation>Ingen finansiär</translation>
    </message>
    <message>
        <source>The project has a start date</source>
        <translation>Projektet har ett startdatum</translation>
    </message>
    <message>
        <source>The project has an end date</source>
        <translation>Projektet har ett slutdatum</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Finansiär:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutar:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beskr&amp;ivning:</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>Upprepas inte</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Varje dag</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Varje vecka</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Varje år</translation>
    </message>
    <message>
        <source>Custom rule (see RRULE below)</source>
        <translation>Egen regel (se RRULE nedan)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>Ett visst datum</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>Efter ett antal gånger</translation>
    </message>
    <message>
        <source>For example FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>Till exempel FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>Advanced: the rule as iCalendar (RFC 5545) writes it; edits here show above</source>
        <translation>Avancerat: regeln som iCalendar (RFC 5545) skriver den; ändringar här syns ovan</translation>
    </message>
    <message>
        <source>Restore skipped dates</source>
        <translation>Återställ överhoppade datum</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Upprepas:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Dagar:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Slutar:</translation>
    </message>
    <message>
        <source>RRU&amp;LE:</source>
        <translation>RRU&amp;LE:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Överhoppade:</translation>
    </message>
    <message>
        <source>time</source>
        <translation>gång</translation>
    </message>
    <message>
        <source>times</source>
        <translation>gånger</translation>
    </message>
    <message>
        <source>on the first %1</source>
        <translation>första %1en i månaden</translation>
    </message>
    <message>
        <source>on the second %1</source>
        <translation>andra %1en i månaden</translation>
    </message>
    <message>
        <source>on the third %1</source>
        <translation>tredje %1en i månaden</translation>
    </message>
    <message>
        <source>on the fourth %1</source>
        <translation>fjärde %1en i månaden</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>dag %1 i månaden</translation>
    </message>
    <message>
        <source>on the last %1</source>
        <translation>sista %1en i månaden</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>week</source>
        <translation>vecka</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>… and so on, without end</source>
        <translation>… och så vidare, utan slut</translation>
    </message>
    <message>
        <source>… %1 dates in all, the last on %2</source>
        <translation>… %1 datum totalt, det sista %2</translation>
    </message>
    <message>
        <source>Only this date</source>
        <translation>Bara det här datumet</translation>
    </message>
    <message>
        <source>%1 dates in all</source>
        <translation>%1 datum totalt</translation>
    </message>
</context>
<context>
    <name>RecurrenceWords</name>
    <message>
        <source>every day</source>
        <translation>varje dag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>varje vecka</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>varje månad</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>varje år</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>var %1:e dag</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>var %1:e vecka</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>var %1:e månad</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>vart %1:e år</translation>
    </message>
    <message>
        <source>every other day</source>
        <translation>varannan dag</translation>
    </message>
    <message>
        <source>every other week</source>
        <translation>varannan vecka</translation>
    </message>
    <message>
        <source>every other month</source>
        <translation>varannan månad</translation>
    </message>
    <message>
        <source>every other year</source>
        <translation>vartannat år</translation>
    </message>
    <message>
        <source>first</source>
        <translation>första</translation>
    </message>
    <message>
        <source>second</source>
        <translation>andra</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tredje</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>fjärde</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>femte</translation>
    </message>
    <message>
        <source>last</source>
        <translation>sista</translation>
    </message>
    <message>
        <source>second last</source>
        <translation>näst sista</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>an ordinal and a weekday</comment>
        <translation>den %1 %2en</translation>
    </message>
    <message>
        <source>every weekday (Monday to Friday)</source>
        <translation>varje vardag (måndag till fredag)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a pattern and its days</comment>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>%1 on day %2</source>
        <comment>a pattern and a day of the month</comment>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>%1 on the last day</source>
        <comment>a monthly pattern</comment>
        <translation>%1 den sista dagen</translation>
    </message>
    <message>
        <source>the last</source>
        <comment>the last day of the month</comment>
        <translation>sista</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a pattern and its months</comment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>%1 (position %2)</source>
        <translation>%1 (position %2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a pattern and its time</comment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a time and the series&apos; time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 times</source>
        <translation>%1, %2 gånger</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, till och med %2</translation>
    </message>
    <message>
        <source>%1, except %2</source>
        <translation>%1, utom %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 och %2 till</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
</context>
<context>
    <name>ReleaseChangesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Programpunkt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release the programme: %1</source>
        <translation>Släpp programmet: %1</translation>
    </message>
    <message>
        <source>Reading the draft…</source>
        <translation>Läser utkastet…</translation>
    </message>
    <message>
        <source>What this release is (optional): only you see it</source>
        <translation>Vad den här versionen är (frivilligt): bara du ser det</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Who is affected</source>
        <translation>Vilka som berörs</translation>
    </message>
    <message>
        <source>&amp;Accept with a reason…</source>
        <translation>&amp;Godta med en motivering…</translation>
    </message>
    <message>
        <source>The chosen conflict is acceptable: say why, and it holds nothing</source>
        <translation>Den valda konflikten går att godta: säg varför, så stoppar den ingenting</translation>
    </message>
    <message>
        <source>Open the &amp;Conflicts window</source>
        <translation>Öppna fönstret &amp;Konflikter</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Släpp</translation>
    </message>
    <message>
        <source>The first release: every session of the draft is new. Subscribers see the programme once it is released.</source>
        <translation>Den första versionen: varje programpunkt i utkastet är ny. Prenumeranterna ser programmet när det är släppt.</translation>
    </message>
    <message>
        <source>Nothing changed since %1 (%2).</source>
        <translation>Inget har ändrats sedan %1 (%2).</translation>
    </message>
    <message>
        <source>The draft against %1 (%2): times on the event&apos;s clock (%3).</source>
        <translation>Utkastet jämfört med %1 (%2): tider enligt evenemangets klocka (%3).</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Ändringar: %1</translation>
    </message>
    <message>
        <source>Changes: none</source>
        <translation>Ändringar: inga</translation>
    </message>
    <message>
        <source>Who is affected: nobody</source>
        <translation>Vilka som berörs: ingen</translation>
    </message>
    <message>
        <source>Who is affected: 1 person</source>
        <translation>Vilka som berörs: 1 person</translation>
    </message>
    <message>
        <source>Who is affected: %1 people</source>
        <translation>Vilka som berörs: %1 personer</translation>
    </message>
    <message>
        <source>A conflict holds this release: resolve it in the programme, or accept it with a reason.</source>
        <translation>En konflikt stoppar den här versionen: lös den i programmet, eller godta den med en motivering.</translation>
    </message>
    <message>
        <source>%1 conflicts hold this release: resolve each in the programme, or accept it with a reason.</source>
        <translation>%1 konflikter stoppar den här versionen: lös var och en i programmet, eller godta den med en motivering.</translation>
    </message>
    <message>
        <source>Held by the conflicts listed</source>
        <translation>Stoppas av konflikterna i listan</translation>
    </message>
    <message>
        <source>Nothing changed since the last release</source>
        <translation>Inget har ändrats sedan förra versionen</translation>
    </message>
    <message>
        <source>Give the release a name</source>
        <translation>Ge versionen ett namn</translation>
    </message>
    <message>
        <source>Subscribers&apos; calendars and print follow the programme as released</source>
        <translation>Prenumeranternas kalendrar och utskrifter följer programmet som det släpptes</translation>
    </message>
    <message>
        <source>Accept the conflict</source>
        <translation>Godta konflikten</translation>
    </message>
    <message>
        <source>%1

Why is this acceptable?</source>
        <translation>%1

Varför går det att godta?</translation>
    </message>
    <message>
        <source>Say why the conflict is acceptable.</source>
        <translation>Säg varför konflikten går att godta.</translation>
    </message>
    <message>
        <source>Name: give the release a name.</source>
        <translation>Namn: ge versionen ett namn.</translation>
    </message>
    <message>
        <source>%1 is released: subscribers&apos; calendars and print now show it.</source>
        <translation>%1 är släppt: prenumeranternas kalendrar och utskrifter visar den nu.</translation>
    </message>
    <message>
        <source>%1 is released. Nobody&apos;s sessions changed: no e-mails to send.</source>
        <translation>%1 är släppt. Ingens programpunkter ändrades: inga mejl att skicka.</translation>
    </message>
</context>
<context>
    <name>ReleaseEmailModel</name>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-postadress</translation>
    </message>
</context>
<context>
    <name>ReleaseEmailsView</name>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Ämne:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>The chosen e-mail&apos;s addressee, subject and text</source>
        <translation>Det valda mejlets mottagare, ämne och text</translation>
    </message>
    <message>
        <source>&amp;Save as e-mails…</source>
        <translation>S&amp;para som mejl…</translation>
    </message>
    <message>
        <source>One .eml file per person into a folder: Outlook opens each as a draft ready to send</source>
        <translation>En .eml-fil per person i en mapp: Outlook öppnar var och en som ett utkast klart att skicka</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Öppna i e-postprogrammet</translation>
    </message>
    <message>
        <source>Nobody is affected by this release: no e-mails.</source>
        <translation>Ingen berörs av den här versionen: inga mejl.</translation>
    </message>
    <message>
        <source>An e-mail to the one person affected:</source>
        <translation>Ett mejl till den enda person som berörs:</translation>
    </message>
    <message>
        <source>An e-mail to each of the %1 people affected:</source>
        <translation>Ett mejl till var och en av de %1 personer som berörs:</translation>
    </message>
    <message>
        <source>This person has no e-mail address: copy the text instead</source>
        <translation>Personen har ingen e-postadress: kopiera texten i stället</translation>
    </message>
    <message>
        <source>Too long for a mailto: link: save as e-mails, or copy the text</source>
        <translation>För långt för en mailto:-länk: spara som mejl, eller kopiera texten</translation>
    </message>
    <message>
        <source>A new e-mail in the mail program, with this subject and text</source>
        <translation>Ett nytt mejl i e-postprogrammet, med det här ämnet och den här texten</translation>
    </message>
    <message>
        <source>Copied the e-mail to %1.</source>
        <translation>Kopierade mejlet till %1.</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail: save as e-mails, or copy the text.</source>
        <translation>Inget e-postprogram öppnade mejlet: spara som mejl, eller kopiera texten.</translation>
    </message>
    <message>
        <source>Save the e-mails into a folder</source>
        <translation>Spara mejlen i en mapp</translation>
    </message>
    <message>
        <source>Saving the e-mails…</source>
        <translation>Sparar mejlen…</translation>
    </message>
    <message>
        <source>Saved the e-mail in %1: open it in Outlook to send it.</source>
        <translation>Sparade mejlet i %1: öppna det i Outlook för att skicka det.</translation>
    </message>
    <message>
        <source>Saved %1 e-mails in %2: open each in Outlook to send it.</source>
        <translation>Sparade %1 mejl i %2: öppna vart och ett i Outlook för att skicka det.</translation>
    </message>
</context>
<context>
    <name>ReleaseStatus</name>
    <message>
        <source>Reading the releases…</source>
        <translation>Läser versionerna…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Släpp…</translation>
    </message>
    <message>
        <source>Release the draft under a name: subscribers&apos; calendars and print follow</source>
        <translation>Släpp utkastet under ett namn: prenumeranternas kalendrar och utskrifter följer med</translation>
    </message>
    <message>
        <source>Re&amp;leases…</source>
        <translation>&amp;Versioner…</translation>
    </message>
    <message>
        <source>Every release, and the e-mails each asked for</source>
        <translation>Varje version, och mejlen som hörde till den</translation>
    </message>
</context>
<context>
    <name>ReleaseTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Släppt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>ReleasesDialog</name>
    <message>
        <source>Releases: %1</source>
        <translation>Versioner: %1</translation>
    </message>
    <message>
        <source>Reading the releases…</source>
        <translation>Läser versionerna…</translation>
    </message>
    <message>
        <source>Not released yet: release the programme first.</source>
        <translation>Inte släppt ännu: släpp programmet först.</translation>
    </message>
    <message>
        <source>Choose a release to see the e-mails it asked for:</source>
        <translation>Välj en version för att se mejlen som hörde till den:</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Close this reminder</source>
        <translation>Stäng påminnelsen</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n till</numerusform>
            <numerusform>%n till</numerusform>
        </translation>
    </message>
    <message>
        <source>In 1 working day:</source>
        <translation>Om 1 arbetsdag:</translation>
    </message>
    <message>
        <source>In %1 working days:</source>
        <translation>Om %1 arbetsdagar:</translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation>Visa uppgifter</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slutna</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Anmälda</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Budgeterat</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Costs per participant</source>
        <translation>Kostnad per deltagare</translation>
    </message>
    <message>
        <source>Project&apos;s own costs, not counted (only over its whole run)</source>
        <translation>Projektets egna kostnader, ej medräknade (endast över hela projekttiden)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Räknar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Genomförda evenemang</translation>
    </message>
    <message>
        <source>Public events</source>
        <translation>Öppna evenemang</translation>
    </message>
    <message>
        <source>Closed events</source>
        <translation>Slutna evenemang</translation>
    </message>
    <message>
        <source>Registrations (seats taken)</source>
        <translation>Anmälningar (platser)</translation>
    </message>
    <message>
        <source>Participations attended</source>
        <translation>Deltaganden (närvarande)</translation>
    </message>
    <message>
        <source>Unique people registered</source>
        <translation>Unika anmälda personer</translation>
    </message>
    <message>
        <source>Unique people reached</source>
        <translation>Unika personer som deltog</translation>
    </message>
    <message>
        <source>Unique organisations reached</source>
        <translation>Unika organisationer som deltog</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Programpunkter</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Talare</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Events by kind</source>
        <translation>Evenemang per typ</translation>
    </message>
    <message>
        <source>Registrations by status</source>
        <translation>Anmälningar per status</translation>
    </message>
    <message>
        <source>Reach by actor type</source>
        <translation>Räckvidd per aktörstyp</translation>
    </message>
    <message>
        <source>Reach by organisation type</source>
        <translation>Räckvidd per organisationstyp</translation>
    </message>
    <message>
        <source>Reach by company size</source>
        <translation>Räckvidd per företagsstorlek</translation>
    </message>
    <message>
        <source>Reach by country</source>
        <translation>Räckvidd per land</translation>
    </message>
    <message>
        <source>Budget (SEK)</source>
        <translation>Budget (kr)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Aktörstyp</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Organisationstyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Näringsliv</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Akademi</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Forskningsinstitut</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Offentlig sektor</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civilsamhälle</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>an actor type</comment>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>SMF</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Stort företag</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Väntelista</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avanmäld</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <source>Participants (attended)</source>
        <translation>Deltagare (närvarande)</translation>
    </message>
    <message>
        <source>Unique people</source>
        <translation>Unika personer</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Nådda organisationer</translation>
    </message>
    <message>
        <source>Companies reached</source>
        <translation>Nådda företag</translation>
    </message>
    <message>
        <source>SMEs reached</source>
        <translation>Nådda SMF</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(ej angivet)</translation>
    </message>
    <message>
        <source>Add the target “%1”</source>
        <translation>Lägg till målet ”%1”</translation>
    </message>
    <message>
        <source>Remove the target “%1”</source>
        <translation>Ta bort målet ”%1”</translation>
    </message>
    <message>
        <source>Change the target “%1”</source>
        <translation>Ändra målet ”%1”</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Spara som &amp;XLSX…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Files &amp;in:</source>
        <translation>Filer &amp;på:</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Lägg till mål…</translation>
    </message>
    <message>
        <source>C&amp;hange target…</source>
        <translation>Än&amp;dra mål…</translation>
    </message>
    <message>
        <source>&amp;Remove target</source>
        <translation>&amp;Ta bort mål</translation>
    </message>
    <message>
        <source>Click a number to list what it counts.</source>
        <translation>Klicka på en siffra för att lista vad den räknar.</translation>
    </message>
    <message>
        <source>The project whose report is shown</source>
        <translation>Projektet vars rapport visas</translation>
    </message>
    <message>
        <source>Double-click an event to show it in the calendar.</source>
        <translation>Dubbelklicka på ett evenemang för att visa det i kalendern.</translation>
    </message>
    <message>
        <source>No projects yet: add one with Manage → Projects…</source>
        <translation>Inga projekt ännu: lägg till ett med Hantera → Projekt…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Rapporter: %1</translation>
    </message>
    <message>
        <source>Choose a target first.</source>
        <translation>Välj ett mål först.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Kept in the database, the same for everyone using it</source>
        <translation>Sparas i databasen, samma för alla som använder den</translation>
    </message>
    <message>
        <source>Save setting</source>
        <translation>Spara inställning</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Anonymise now…</source>
        <translation>Anonymisera nu…</translation>
    </message>
    <message>
        <source>Preview to see whom a run would anonymise.</source>
        <translation>Förhandsgranska för att se vilka en körning skulle anonymisera.</translation>
    </message>
    <message>
        <source>Anonymise participants</source>
        <translation>Anonymisera deltagare</translation>
    </message>
    <message>
        <source>months after their event</source>
        <translation>månader efter sitt evenemang</translation>
    </message>
    <message>
        <source>Past events still holding personal data:</source>
        <translation>Tidigare evenemang som fortfarande har personuppgifter:</translation>
    </message>
    <message>
        <source>No retention: give the months to keep first.</source>
        <translation>Ingen lagringstid: ange först hur många månader uppgifterna ska sparas.</translation>
    </message>
    <message>
        <source>Nobody to anonymise: no one came only to events that ended before %1.</source>
        <translation>Ingen att anonymisera: ingen kom enbart till evenemang som slutade före %1.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> och %1 till</translation>
    </message>
    <message>
        <source>Would anonymise %1 people (%2 registrations) of events that ended before %3 (%4): %5. Kept: %6 with a later registration or another role.</source>
        <translation>Skulle anonymisera %1 personer (%2 anmälningar) från evenemang som slutade före %3 (%4): %5. Behålls: %6 med en senare anmälan eller annan roll.</translation>
    </message>
    <message>
        <source>Anonymise past participants</source>
        <translation>Anonymisera tidigare deltagare</translation>
    </message>
    <message>
        <source>Anonymise %1 people? Their registrations and organisations stay for the reports; their names, e-mails, phones and needs go. You can undo this until Eventplanner is closed.</source>
        <translation>Anonymisera %1 personer? Anmälningar och organisationer finns kvar för rapporterna; namn, e-post, telefon och behov tas bort. Du kan ångra detta tills Eventplanner stängs.</translation>
    </message>
</context>
<context>
    <name>RotaEditing</name>
    <message>
        <source>&amp;Make rota from template…</source>
        <translation>&amp;Gör schema från mall…</translation>
    </message>
    <message>
        <source>Build-up, open days in shifts and tear-down in a few inputs</source>
        <translation>Uppbyggnad, öppna dagar i pass och rivning med några få uppgifter</translation>
    </message>
    <message>
        <source>&amp;Edit shift…</source>
        <translation>&amp;Redigera pass…</translation>
    </message>
    <message>
        <source>Change this shift, the following ones or all of its slot</source>
        <translation>Ändra det här passet, de följande eller alla på samma tid</translation>
    </message>
    <message>
        <source>&amp;Delete shift</source>
        <translation>&amp;Ta bort pass</translation>
    </message>
    <message>
        <source>Delete the shift with its people (it can be undone)</source>
        <translation>Ta bort passet med dess personal (kan ångras)</translation>
    </message>
    <message>
        <source>&amp;Assign people…</source>
        <translation>&amp;Bemanna…</translation>
    </message>
    <message>
        <source>Put people on the shift (or drag them from the list)</source>
        <translation>Sätt personer på passet (eller dra dem från listan)</translation>
    </message>
    <message>
        <source>&amp;Take off</source>
        <translation>Ta &amp;av</translation>
    </message>
    <message>
        <source>Take a person off the shift</source>
        <translation>Ta av en person från passet</translation>
    </message>
    <message>
        <source>&amp;Print rota…</source>
        <translation>Skriv &amp;ut schema…</translation>
    </message>
    <message>
        <source>A page per day and per person, as a PDF</source>
        <translation>En sida per dag och per person, som PDF</translation>
    </message>
    <message>
        <source>&amp;Copy feed address</source>
        <translation>&amp;Kopiera prenumerationsadress</translation>
    </message>
    <message>
        <source>The chosen person&apos;s rota as a calendar to subscribe to in Outlook (Subscribe from web)</source>
        <translation>Den valda personens pass som kalender att prenumerera på i Outlook (Prenumerera från webben)</translation>
    </message>
    <message>
        <source>Delete the shift “%1” with the %2 people on it? You can undo it.</source>
        <translation>Ta bort passet ”%1” med de %2 personerna på det? Du kan ångra det.</translation>
    </message>
    <message>
        <source>Delete shift</source>
        <translation>Ta bort pass</translation>
    </message>
    <message>
        <source>%1 is already on “%2”.</source>
        <translation>%1 är redan på ”%2”.</translation>
    </message>
    <message>
        <source>Beyond the need</source>
        <translation>Över behovet</translation>
    </message>
    <message>
        <source>“%1” already has the %2 people it needs. Why put %3 on it as well?</source>
        <translation>”%1” har redan de %2 personer det behöver. Varför sätta %3 på det också?</translation>
    </message>
    <message>
        <source>Beyond the staff quota</source>
        <translation>Utöver personalkvoten</translation>
    </message>
    <message>
        <source>With %1 on “%2”, %3 would have %4 of its people on the stand at once; its staff quota is %5. Why put %1 on it as well?</source>
        <translation>Med %1 på ”%2” skulle %3 ha %4 personer i montern samtidigt; företagets personalkvot är %5. Varför sätta %1 på det också?</translation>
    </message>
    <message>
        <source>Rota: %1</source>
        <translation>Bemanningsschema: %1</translation>
    </message>
    <message>
        <source>The feed “%1” is ready. Turn on File → Serve feeds (or publish it to a folder in File → Feeds…) for an address Outlook can subscribe to.</source>
        <translation>Flödet ”%1” är klart. Slå på Arkiv → Dela flöden (eller publicera det i en mapp under Arkiv → Flöden…) för att få en adress som Outlook kan prenumerera på.</translation>
    </message>
    <message>
        <source>Copied %1. In Outlook: Add calendar → Subscribe from web, and paste it.</source>
        <translation>Kopierade %1. I Outlook: Lägg till kalender → Prenumerera från webben, och klistra in den.</translation>
    </message>
</context>
<context>
    <name>RotaWindow</name>
    <message>
        <source>Rota</source>
        <translation>Bemanningsschema</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>People (drag one onto a shift)</source>
        <translation>Personal (dra någon till ett pass)</translation>
    </message>
    <message>
        <source>Rota: %1</source>
        <translation>Bemanningsschema: %1</translation>
    </message>
    <message>
        <source>1 shift</source>
        <translation>1 pass</translation>
    </message>
    <message numerus="yes">
        <source>%n shifts</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n pass</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Varningar (%1)</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Close this notice</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>“%1” was saved, but the filters hide it.</source>
        <translation>”%1” sparades, men filtren döljer det.</translation>
    </message>
    <message>
        <source>“%1” was saved on %2, outside the period shown.</source>
        <translation>”%1” sparades (%2), utanför perioden som visas.</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Visa det</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Nothing in any date matches “%1”.</source>
        <translation>Inget evenemang på något datum matchar ”%1”.</translation>
    </message>
    <message>
        <source>The first %2 events in all dates that match “%1”:</source>
        <translation>De första %2 evenemangen på alla datum som matchar ”%1”:</translation>
    </message>
    <message>
        <source>1 event in all dates matches “%1”:</source>
        <translation>1 evenemang på alla datum matchar ”%1”:</translation>
    </message>
    <message>
        <source>%2 events in all dates match “%1”:</source>
        <translation>%2 evenemang på alla datum matchar ”%1”:</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Ny programpunkt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Programpunkt</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Ingen scen</translation>
    </message>
    <message>
        <source>No block</source>
        <translation>Inget block</translation>
    </message>
    <message>
        <source>e.g. sv or en</source>
        <translation>t.ex. sv eller en</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>När:</translation>
    </message>
    <message>
        <source>Also shown in:</source>
        <translation>Visas även i:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Scen:</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>&amp;Block:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Medverkande:</translation>
    </message>
    <message>
        <source>that time does not exist here</source>
        <translation>den tiden finns inte här</translation>
    </message>
    <message>
        <source>Conflicts (you can still save):</source>
        <translation>Konflikter (du kan ändå spara):</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• och %n till</numerusform>
            <numerusform>• och %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Edit shift: %1</source>
        <translation>Redigera pass: %1</translation>
    </message>
    <message>
        <source>German, demo operator</source>
        <translation>tyska, demooperatör</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutar:</translation>
    </message>
    <message>
        <source>&amp;People needed:</source>
        <translation>&amp;Personer som behövs:</translation>
    </message>
    <message>
        <source>Required s&amp;kills:</source>
        <translation>Kompetenser som &amp;krävs:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Inget ändrat ännu.</translation>
    </message>
    <message>
        <source>Counting the shifts this changes…</source>
        <translation>Räknar passen som ändras…</translation>
    </message>
    <message>
        <source>This changes this shift only.</source>
        <translation>Det här ändrar bara det här passet.</translation>
    </message>
    <message>
        <source>Change 1 shift</source>
        <translation>Ändra 1 pass</translation>
    </message>
    <message numerus="yes">
        <source>This changes %n shifts.</source>
        <translation>
            <numerusform>Det här ändrar %n pass.</numerusform>
            <numerusform>Det här ändrar %n pass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n shifts</source>
        <translation>
            <numerusform>Ändra %n pass</numerusform>
            <numerusform>Ändra %n pass</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Add a person for a badge</source>
        <translation>Lägg till en person för passerkort</translation>
    </message>
    <message>
        <source>as on the badge</source>
        <translation>som på passerkortet</translation>
    </message>
    <message>
        <source>our own staff</source>
        <translation>vår egen personal</translation>
    </message>
    <message>
        <source>Needs a badge from us</source>
        <translation>Behöver passerkort från oss</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Företag:</translation>
    </message>
    <message>
        <source>Give the person&apos;s name, as on the badge.</source>
        <translation>Ange personens namn, som på passerkortet.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Namnet är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>%1 has no badges to give (its badge quota is 0). Untick “Needs a badge from us”, or raise its badge quota first.</source>
        <translation>%1 har inga passerkort att dela ut (antalet passerkort är 0). Avmarkera ”Behöver passerkort från oss”, eller höj företagets antal passerkort först.</translation>
    </message>
    <message>
        <source>All %1 badges of %2 are given (%3). Untick “Needs a badge from us”, or raise its badge quota first.</source>
        <translation>Alla %1 passerkort för %2 är utdelade (%3). Avmarkera ”Behöver passerkort från oss”, eller höj företagets antal passerkort först.</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Stages: %1</source>
        <translation>Scener: %1</translation>
    </message>
    <message>
        <source>A digital stage (streamed only)</source>
        <translation>En digital scen (bara sänd)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>S&amp;tream:</source>
        <translation>Sä&amp;ndning:</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>&amp;Inspelning:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>N&amp;y</translation>
    </message>
    <message>
        <source>Clear the fields for a new stage</source>
        <translation>Töm fälten för en ny scen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Only a stage no session or block is on</source>
        <translation>Bara en scen utan programpunkter och block</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>room</source>
        <translation>lokal</translation>
    </message>
</context>
<context>
    <name>StandExport</name>
    <message>
        <source>Export for the fair organiser</source>
        <translation>Exportera till mässarrangören</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Kalkylblad (*.xlsx)</translation>
    </message>
    <message>
        <source>Stand not exported</source>
        <translation>Montern exporterades inte</translation>
    </message>
    <message>
        <source>%1 – stand.xlsx</source>
        <translation>%1 – monter.xlsx</translation>
    </message>
</context>
<context>
    <name>StandHeader</name>
    <message>
        <source>e.g. Hall B</source>
        <translation>t.ex. Hall B</translation>
    </message>
    <message>
        <source>e.g. B:12</source>
        <translation>t.ex. B:12</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Å&amp;terställ</translation>
    </message>
    <message>
        <source>Fair &amp;organiser:</source>
        <translation>Mäss&amp;arrangör:</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>&amp;Hall:</translation>
    </message>
    <message>
        <source>&amp;Booth:</source>
        <translation>&amp;Monternummer:</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>&amp;Yta (m²):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Stand &amp;lead:</source>
        <translation>Monter&amp;ansvarig:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Öppettider:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <source>(no one yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <source>No open days yet: add the fair&apos;s open days as phases of the programme (Programme → Phases…).</source>
        <translation>Inga mässdagar ännu: lägg till mässans öppna dagar som faser i programmet (Program → Faser…).</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>The area is not a number of m² (e.g. 24 or 24,5).</source>
        <translation>Ytan är inget antal m² (t.ex. 24 eller 24,5).</translation>
    </message>
    <message>
        <source>The area must be more than 0 and at most %1 m².</source>
        <translation>Ytan måste vara mer än 0 och högst %1 m².</translation>
    </message>
    <message>
        <source>The stand cannot be %1 m²: its co-exhibitors&apos; shares add up to %2 m². Make their shares smaller first.</source>
        <translation>Montern kan inte vara %1 m²: medutställarnas andelar är tillsammans %2 m². Minska deras andelar först.</translation>
    </message>
    <message>
        <source>The hall</source>
        <translation>Hallen</translation>
    </message>
    <message>
        <source>The booth</source>
        <translation>Monternumret</translation>
    </message>
    <message>
        <source>%1 is longer than 200 characters.</source>
        <translation>%1 är längre än 200 tecken.</translation>
    </message>
</context>
<context>
    <name>StandWindow</name>
    <message>
        <source>Stand</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <source>E&amp;xport for the fair organiser…</source>
        <translation>E&amp;xportera till mässarrangören…</translation>
    </message>
    <message>
        <source>Co-exhibitors, badges, orders and deadlines, and materials as one .xlsx</source>
        <translation>Medutställare, passerkort, beställningar och deadlines samt material i en .xlsx</translation>
    </message>
    <message>
        <source>No co-exhibitor shares the stand yet. Add the member companies that exhibit under the cluster: their share of the area or fee, quota and what they bring.</source>
        <translation>Ingen medutställare delar montern ännu. Lägg till medlemsföretagen som ställer ut under klustret: deras andel av ytan eller avgift, antal och vad de tar med.</translation>
    </message>
    <message>
        <source>A member company sharing the stand</source>
        <translation>Ett medlemsföretag som delar montern</translation>
    </message>
    <message>
        <source>No deadlines yet. Add the fair organiser&apos;s deadlines from the exhibitor manual: registration, catalogue text, electricity and furniture orders, build-up slot, badge requests.</source>
        <translation>Inga deadlines ännu. Lägg till mässarrangörens deadlines ur utställarmanualen: anmälan, katalogtext, el- och möbelbeställning, tid för uppbyggnad, beställning av passerkort.</translation>
    </message>
    <message>
        <source>&amp;Tick done</source>
        <translation>&amp;Bocka av</translation>
    </message>
    <message>
        <source>Tick the chosen deadlines done, or open them again (Space)</source>
        <translation>Bocka av de valda deadlines som klara, eller öppna dem igen (mellanslag)</translation>
    </message>
    <message>
        <source>No one is named for a badge yet. Add the people working the stand, the cluster&apos;s and each co-exhibitor&apos;s.</source>
        <translation>Ingen har namngetts för passerkort ännu. Lägg till dem som arbetar i montern, klustrets egna och varje medutställares.</translation>
    </message>
    <message>
        <source>Nothing on the materials list yet: roll-ups, screens, brochures, demo kit, with who packs, ships and brings each back.</source>
        <translation>Inget på materiallistan ännu: roll-ups, skärmar, broschyrer, demoutrustning, med vem som packar, skickar och tar hem varje sak.</translation>
    </message>
    <message>
        <source>Stand: %1</source>
        <translation>Monter: %1</translation>
    </message>
    <message>
        <source>Co-exhibitors (%1)</source>
        <translation>Medutställare (%1)</translation>
    </message>
    <message>
        <source>Deadlines (%1)</source>
        <translation>Deadlines (%1)</translation>
    </message>
    <message>
        <source>Badges (%1)</source>
        <translation>Passerkort (%1)</translation>
    </message>
    <message>
        <source>Materials (%1)</source>
        <translation>Material (%1)</translation>
    </message>
    <message>
        <source>Remove co-exhibitor</source>
        <translation>Ta bort medutställare</translation>
    </message>
    <message>
        <source>Remove %1 from the stand with their own deadlines and people on the badge list? You can undo it.</source>
        <translation>Ta bort %1 från montern med deras egna deadlines och personer på passerkortslistan? Det går att ångra.</translation>
    </message>
    <message>
        <source>Not saved: the deadline and its tasks are as they were.</source>
        <translation>Inte sparat: deadlinen och dess uppgifter är som de var.</translation>
    </message>
</context>
<context>
    <name>SubscriptionModel</name>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>%1 (the last refresh failed)</source>
        <translation>%1 (senaste uppdateringen misslyckades)</translation>
    </message>
    <message>
        <source>The last refresh failed: %1
The copy read %2 is used until one works.</source>
        <translation>Senaste uppdateringen misslyckades: %1
Kopian som lästes %2 används tills en lyckas.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsDialog</name>
    <message>
        <source>Subscribed calendars</source>
        <translation>Prenumererade kalendrar</translation>
    </message>
    <message>
        <source>Regionens evenemang</source>
        <translation>Regionens evenemang</translation>
    </message>
    <message>
        <source>https://… or a file</source>
        <translation>https://… eller en fil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Prenumerera</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Uppdatera nu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Events in these calendars are checked against yours for clashes. The last copy read is kept for working offline.</source>
        <translation>Evenemangen i de här kalendrarna jämförs med dina för att hitta krockar. Den senast lästa kopian sparas så att du kan arbeta utan nät.</translation>
    </message>
    <message>
        <source>A calendar to subscribe to</source>
        <translation>En kalender att prenumerera på</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Kalendrar (*.ics);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 could not be refreshed (%2); the copy read %3 is used.</source>
        <translation>%1 kunde inte uppdateras (%2); kopian som lästes %3 används.</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>e.g. members</source>
        <translation>t.ex. medlemmar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <source>e.g. Seminars held</source>
        <translation>t.ex. Genomförda seminarier</translation>
    </message>
    <message>
        <source>All kinds of event</source>
        <translation>Alla typer av evenemang</translation>
    </message>
    <message>
        <source>A period of its own:</source>
        <translation>En egen period:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Counts:</source>
        <translation>&amp;Räknar:</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;Av:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Målvärde:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Ny uppgift</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Redigera ”%1”</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(inget evenemang)</translation>
    </message>
    <message>
        <source>(no one)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>On a &amp;date</source>
        <translation>Ett &amp;datum</translation>
    </message>
    <message>
        <source>Counted from the &amp;event</source>
        <translation>Räknat från &amp;evenemanget</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>arbetsdagar</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <source>before</source>
        <translation>före</translation>
    </message>
    <message>
        <source>after</source>
        <translation>efter</translation>
    </message>
    <message>
        <source>the event&apos;s start</source>
        <translation>evenemangets start</translation>
    </message>
    <message>
        <source>the event&apos;s end</source>
        <translation>evenemangets slut</translation>
    </message>
    <message>
        <source>on a day off: the working day before</source>
        <translation>på en ledig dag: arbetsdagen före</translation>
    </message>
    <message>
        <source>on a day off: the working day after</source>
        <translation>på en ledig dag: arbetsdagen efter</translation>
    </message>
    <message>
        <source>on a day off: keep it</source>
        <translation>på en ledig dag: behåll den</translation>
    </message>
    <message>
        <source>&amp;Pinned: stays where it is when its event moves</source>
        <translation>&amp;Fäst: ligger kvar när evenemanget flyttas</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>E&amp;venemang:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Klart senast:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>En uppgift behöver en titel.</translation>
    </message>
    <message>
        <source>The title may have at most %1 characters; it has %2.</source>
        <translation>Titeln får ha högst %1 tecken; den har %2.</translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters; they have %2.</source>
        <translation>Anteckningarna får ha högst %1 tecken; de har %2.</translation>
    </message>
    <message>
        <source>Choose the event from the list, or (no event).</source>
        <translation>Välj evenemanget i listan, eller (inget evenemang).</translation>
    </message>
    <message>
        <source>Choose the owner from the list, or (no one).</source>
        <translation>Välj ansvarig i listan, eller (ingen).</translation>
    </message>
    <message>
        <source>A date counted from the event needs the task&apos;s event: choose one, or give a date.</source>
        <translation>Ett datum räknat från evenemanget behöver uppgiftens evenemang: välj ett, eller ange ett datum.</translation>
    </message>
    <message>
        <source>%1 %2 is too far; at most %3 (about ten years).</source>
        <translation>%1 %2 är för långt; högst %3 (ungefär tio år).</translation>
    </message>
</context>
<context>
    <name>TaskGlance</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 försenade</translation>
    </message>
    <message>
        <source>%1 due this week</source>
        <translation>%1 ska vara klara den här veckan</translation>
    </message>
    <message>
        <source>%1 open tasks in all; View → Tasks… lists them</source>
        <translation>%1 öppna uppgifter totalt; Visa → Uppgifter… listar dem</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
</context>
<context>
    <name>TaskMoves</name>
    <message>
        <source>Tasks move with the event</source>
        <translation>Uppgifter flyttas med evenemanget</translation>
    </message>
    <message>
        <source>One task of this event will move with it:</source>
        <translation>En av evenemangets uppgifter flyttas med det:</translation>
    </message>
    <message>
        <source>%1 tasks of this event will move with it:</source>
        <translation>%1 av evenemangets uppgifter flyttas med det:</translation>
    </message>
    <message>
        <source>… and %1 more (see the details)</source>
        <translation>… och %1 till (se detaljerna)</translation>
    </message>
    <message>
        <source>Done and pinned tasks stay where they are. You can undo the move, and the tasks go back with it.</source>
        <translation>Klara och fästa uppgifter ligger kvar. Du kan ångra flytten, och uppgifterna flyttas då tillbaka med den.</translation>
    </message>
    <message>
        <source>&amp;Move event and tasks</source>
        <translation>&amp;Flytta evenemang och uppgifter</translation>
    </message>
</context>
<context>
    <name>TaskTexts</name>
    <message>
        <source>a Saturday</source>
        <translation>en lördag</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>en söndag</translation>
    </message>
    <message>
        <source>one of the organisation&apos;s own days off</source>
        <translation>en av organisationens egna lediga dagar</translation>
    </message>
    <message>
        <source>%1 is %2: moved to %3</source>
        <translation>%1 är %2: flyttad till %3</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 vecka</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 veckor</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 arbetsdag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 arbetsdagar</translation>
    </message>
    <message>
        <source>the event&apos;s start</source>
        <translation>evenemangets start</translation>
    </message>
    <message>
        <source>the event&apos;s end</source>
        <translation>evenemangets slut</translation>
    </message>
    <message>
        <source>a phase of the event</source>
        <translation>en av evenemangets faser</translation>
    </message>
    <message>
        <source>another task</source>
        <translation>en annan uppgift</translation>
    </message>
    <message>
        <source>the fair organiser&apos;s deadline</source>
        <translation>mässarrangörens sista dag</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 före %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 efter %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Klart senast %1</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Räknat: %1</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Flyttad: %1</translation>
    </message>
    <message>
        <source>Pinned: stays when its event moves</source>
        <translation>Fäst: ligger kvar när evenemanget flyttas</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>Klar %1 av %2</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Klar %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarig</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Inget evenemang</translation>
    </message>
</context>
<context>
    <name>TaskUndo</name>
    <message>
        <source>Add task “%1”</source>
        <translation>Lägg till uppgiften ”%1”</translation>
    </message>
    <message>
        <source>Edit task “%1”</source>
        <translation>Redigera uppgiften ”%1”</translation>
    </message>
    <message>
        <source>Open task “%1” again</source>
        <translation>Öppna uppgiften ”%1” igen</translation>
    </message>
    <message>
        <source>Tick “%1” done</source>
        <translation>Bocka av ”%1”</translation>
    </message>
    <message>
        <source>Delete task “%1”</source>
        <translation>Ta bort uppgiften ”%1”</translation>
    </message>
    <message>
        <source>Apply “%1” to “%2”</source>
        <translation>Använd ”%1” för ”%2”</translation>
    </message>
</context>
<context>
    <name>TasksWindow</name>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Filter by title, owner or event</source>
        <translation>Filtrera på titel, ansvarig eller evenemang</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppera efter:</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Visa &amp;klara</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Ny uppgift…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <source>&amp;Tick done</source>
        <translation>&amp;Bocka av</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Apply &amp;playbook…</source>
        <translation>Använd &amp;checklista…</translation>
    </message>
    <message>
        <source>Make an event&apos;s tasks from a playbook</source>
        <translation>Skapa ett evenemangs uppgifter från en checklista</translation>
    </message>
    <message>
        <source>&amp;Working days…</source>
        <translation>&amp;Arbetsdagar…</translation>
    </message>
    <message>
        <source>The days deadlines count as working days: bridge days, own days off</source>
        <translation>Vilka dagar deadlines räknar som arbetsdagar: klämdagar, egna lediga dagar</translation>
    </message>
    <message>
        <source>Edit play&amp;books…</source>
        <translation>Redigera &amp;checklistor…</translation>
    </message>
    <message>
        <source>The playbooks&apos; tasks and deadlines: your team&apos;s own, and copies of the shipped ones</source>
        <translation>Checklistornas uppgifter och deadlines: era egna, och kopior av de medföljande</translation>
    </message>
    <message>
        <source>Space ticks the chosen task done, Enter opens it, Delete deletes it; Ctrl+Z undoes.</source>
        <translation>Mellanslag bockar av den valda uppgiften, Enter öppnar den, Delete tar bort den; Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <source>%1 open · %2 overdue · %3 due today · %4 done</source>
        <translation>%1 öppna · %2 försenade · %3 klart senast i dag · %4 klara</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>Öppna &amp;igen</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Make rota: %1</source>
        <translation>Gör bemanningsschema: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&amp;First open day:</source>
        <translation>&amp;Första öppna dag:</translation>
    </message>
    <message>
        <source>Open &amp;days:</source>
        <translation>Öppna &amp;dagar:</translation>
    </message>
    <message>
        <source>&amp;Shifts a day:</source>
        <translation>&amp;Pass per dag:</translation>
    </message>
    <message>
        <source>&amp;People a shift:</source>
        <translation>Personer per p&amp;ass:</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>Öppe&amp;ttider:</translation>
    </message>
    <message>
        <source>&amp;Build-up hours (the day before):</source>
        <translation>&amp;Uppbyggnad, tider (dagen före):</translation>
    </message>
    <message>
        <source>Build-up p&amp;eople:</source>
        <translation>Uppbyggnad, p&amp;ersoner:</translation>
    </message>
    <message>
        <source>&amp;Tear-down hours (the day after):</source>
        <translation>&amp;Rivning, tider (dagen efter):</translation>
    </message>
    <message>
        <source>Tear-down pe&amp;ople:</source>
        <translation>Rivning, pers&amp;oner:</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>öppettiderna</translation>
    </message>
    <message>
        <source>build-up hours</source>
        <translation>uppbyggnadens tider</translation>
    </message>
    <message>
        <source>tear-down hours</source>
        <translation>rivningens tider</translation>
    </message>
    <message>
        <source>The %1 “%2” are not hours like 09:00-17:00 (closing after opening).</source>
        <translation>Som %1 är ”%2” inte tider som 09:00-17:00 (stängning efter öppning).</translation>
    </message>
    <message>
        <source>Makes %1 shifts from %2 to %3, added to the rota&apos;s shifts (undo takes them away).</source>
        <translation>Gör %1 pass från %2 till %3, som läggs till schemats pass (ångra tar bort dem).</translation>
    </message>
    <message>
        <source>Make 1 shift</source>
        <translation>Gör 1 pass</translation>
    </message>
    <message numerus="yes">
        <source>Make %n shifts</source>
        <translation>
            <numerusform>Gör %n pass</numerusform>
            <numerusform>Gör %n pass</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Before/after</source>
        <translation>Före/efter</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Räknas från</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Vilken</translation>
    </message>
    <message>
        <source>On a day off</source>
        <translation>Vid ledig dag</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>The task&apos;s title, in the language its tasks are written in</source>
        <translation>Uppgiftens titel, på det språk uppgifterna skrivs på</translation>
    </message>
    <message>
        <source>Who on the event&apos;s team it falls to</source>
        <translation>Vem i evenemangets team den faller på</translation>
    </message>
    <message>
        <source>The event&apos;s start or end, a phase of it, the fair organiser&apos;s deadline, or another task</source>
        <translation>Evenemangets start eller slut, en av dess faser, mässarrangörens deadline eller en annan uppgift</translation>
    </message>
    <message>
        <source>Which phase, fair organiser&apos;s deadline or task</source>
        <translation>Vilken fas, deadline hos mässarrangören eller uppgift</translation>
    </message>
    <message>
        <source>A date on a weekend or holiday moves to the working day before or after, or is kept</source>
        <translation>Ett datum på en helg eller helgdag flyttas till arbetsdagen före eller efter, eller behålls</translation>
    </message>
    <message>
        <source>The deadline in words</source>
        <translation>Deadline i ord</translation>
    </message>
    <message>
        <source>%1
In %2: %3</source>
        <translation>%1
På %2: %3</translation>
    </message>
    <message>
        <source>The date is kept even on a weekend or holiday</source>
        <translation>Datumet behålls även på en helg eller helgdag</translation>
    </message>
    <message>
        <source>Counted in working days, the date falls on a working day by itself</source>
        <translation>Räknat i arbetsdagar hamnar datumet på en arbetsdag av sig självt</translation>
    </message>
    <message>
        <source>Change “%1” in “%2”</source>
        <translation>Ändra ”%1” i ”%2”</translation>
    </message>
    <message>
        <source>Add “%1” to “%2”</source>
        <translation>Lägg till ”%1” i ”%2”</translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”</source>
        <translation>Ta bort ”%1” ur ”%2”</translation>
    </message>
    <message>
        <source>Move “%1” in “%2”</source>
        <translation>Flytta ”%1” i ”%2”</translation>
    </message>
</context>
<context>
    <name>TimeZonePicker</name>
    <message>
        <source>Type to search, e.g. Stockholm</source>
        <translation>Skriv för att söka, t.ex. Stockholm</translation>
    </message>
</context>
<context>
    <name>TimingFields</name>
    <message>
        <source>All &amp;day</source>
        <translation>Hela &amp;dagen</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>S&amp;lutar:</translation>
    </message>
    <message>
        <source>First d&amp;ay:</source>
        <translation>&amp;Första dagen:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>S&amp;ista dagen:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>VenueChoices</name>
    <message>
        <source>New venues</source>
        <translation>Nya platser</translation>
    </message>
    <message>
        <source>A LOCATION no venue has becomes a new venue. To put its events at a venue you have, choose it here.</source>
        <translation>En LOCATION som ingen plats har blir en ny plats. Välj här för att lägga dess evenemang på en plats som redan finns.</translation>
    </message>
    <message>
        <source>Make it a new venue</source>
        <translation>Gör den till en ny plats</translation>
    </message>
</context>
<context>
    <name>VenueForm</name>
    <message>
        <source>e.g. Aros Congress Center</source>
        <translation>t.ex. Aros Congress Center</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Gata och nummer</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>Access, parking, contact on site…</source>
        <translation>Tillträde, parkering, kontakt på plats…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Kapacitet:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Ant&amp;eckningar:</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Spontanbesökare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Register as arrived</source>
        <translation>Registrera som anländ</translation>
    </message>
    <message>
        <source>Registered for the event and marked attended at once.</source>
        <translation>Anmäls till evenemanget och markeras som närvarande direkt.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Skriv personens namn.</translation>
    </message>
    <message>
        <source>There is no organisation called “%1”: pick one from the list, or leave it empty and add it under Manage → Organisations later.</source>
        <translation>Det finns ingen organisation som heter ”%1”: välj en i listan, eller lämna fältet tomt och lägg till den under Hantera → Organisationer senare.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
</context>
<context>
    <name>WorkingDaysDialog</name>
    <message>
        <source>Working days</source>
        <translation>Arbetsdagar</translation>
    </message>
    <message>
        <source>Deadlines counted in working days skip Saturdays, Sundays, Swedish public holidays and Midsommarafton, Julafton and Nyårsafton. What is set here is the database&apos;s: everyone who opens it counts the same days.</source>
        <translation>Deadlines som räknas i arbetsdagar hoppar över lördagar, söndagar, svenska helgdagar samt midsommarafton, julafton och nyårsafton. Det som ställs in här gäller databasen: alla som öppnar den räknar samma dagar.</translation>
    </message>
    <message>
        <source>Count &amp;bridge days (klämdagar) as days off</source>
        <translation>Räkna &amp;klämdagar som lediga dagar</translation>
    </message>
    <message>
        <source>A weekday between a holiday and a weekend that many take off, such as the Friday after Kristi himmelsfärdsdag</source>
        <translation>En vardag mellan en helgdag och en helg som många tar ledigt, till exempel fredagen efter Kristi himmelsfärdsdag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Name, e.g. Personaldag</source>
        <translation>Namn, t.ex. Personaldag</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>The organisation&apos;s own days off</source>
        <translation>Organisationens egna lediga dagar</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Weekdays that are not working days</source>
        <translation>Vardagar som inte är arbetsdagar</translation>
    </message>
    <message>
        <source>A change counts in every deadline counted from now on. Tasks already counted keep their dates until they are counted again: when their event moves, or when you recompute the open tasks.</source>
        <translation>En ändring gäller varje deadline som räknas från och med nu. Uppgifter som redan är uträknade behåller sina datum tills de räknas om: när deras evenemang flyttas, eller när du räknar om de öppna uppgifterna.</translation>
    </message>
    <message>
        <source>Re&amp;compute open tasks…</source>
        <translation>Räkna om &amp;öppna uppgifter…</translation>
    </message>
    <message>
        <source>Shows which open tasks these working days move, and moves them if you agree</source>
        <translation>Visar vilka öppna uppgifter som flyttas med de här arbetsdagarna, och flyttar dem om du godkänner</translation>
    </message>
    <message>
        <source>%1 working days in %2</source>
        <translation>%1 arbetsdagar år %2</translation>
    </message>
    <message>
        <source>%1 is one of the days off already.</source>
        <translation>%1 är redan en av de lediga dagarna.</translation>
    </message>
    <message>
        <source>Looking at the open tasks…</source>
        <translation>Går igenom de öppna uppgifterna…</translation>
    </message>
    <message>
        <source>Every open task is where these working days count it.</source>
        <translation>Alla öppna uppgifter ligger redan där de här arbetsdagarna räknar dem.</translation>
    </message>
    <message>
        <source>Nothing moved.</source>
        <translation>Ingenting flyttades.</translation>
    </message>
    <message>
        <source>One task moved.</source>
        <translation>En uppgift flyttades.</translation>
    </message>
    <message>
        <source>%1 tasks moved.</source>
        <translation>%1 uppgifter flyttades.</translation>
    </message>
    <message>
        <source>Ctrl+Z moves them back.</source>
        <translation>Ctrl+Z flyttar tillbaka dem.</translation>
    </message>
    <message>
        <source>Recompute open tasks</source>
        <translation>Räkna om öppna uppgifter</translation>
    </message>
    <message>
        <source>One open task moves in these working days:</source>
        <translation>En öppen uppgift flyttas med de här arbetsdagarna:</translation>
    </message>
    <message>
        <source>%1 open tasks move in these working days:</source>
        <translation>%1 öppna uppgifter flyttas med de här arbetsdagarna:</translation>
    </message>
    <message>
        <source>… and %1 more (see the details)</source>
        <translation>… och %1 till (se detaljerna)</translation>
    </message>
    <message>
        <source>Done and pinned tasks and those with a date of their own stay where they are. You can undo this.</source>
        <translation>Klara och fastnålade uppgifter och de med ett eget datum ligger kvar. Du kan ångra det här.</translation>
    </message>
    <message>
        <source>&amp;Move the tasks</source>
        <translation>&amp;Flytta uppgifterna</translation>
    </message>
</context>
<context>
    <name>WorkingDaysUndo</name>
    <message>
        <source>Count bridge days as days off</source>
        <translation>Räkna klämdagar som lediga dagar</translation>
    </message>
    <message>
        <source>Count bridge days as working days</source>
        <translation>Räkna klämdagar som arbetsdagar</translation>
    </message>
    <message>
        <source>Add the day off %1</source>
        <translation>Lägg till den lediga dagen %1</translation>
    </message>
    <message>
        <source>Remove the day off %1</source>
        <translation>Ta bort den lediga dagen %1</translation>
    </message>
    <message>
        <source>Recompute one open task</source>
        <translation>Räkna om en öppen uppgift</translation>
    </message>
    <message>
        <source>Recompute %1 open tasks</source>
        <translation>Räkna om %1 öppna uppgifter</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>1 event</source>
        <translation>1 evenemang</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 evenemang</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Heldag</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
</context>
<context>
    <name>_TotalsGrid</name>
    <message>
        <source>Totals (SEK)</source>
        <translation>Summor (kr)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Actual − planned</source>
        <translation>Utfall − planerat</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Net (income − costs)</source>
        <translation>Netto (intäkter − kostnader)</translation>
    </message>
    <message>
        <source>Costs per participant</source>
        <translation>Kostnad per deltagare</translation>
    </message>
    <message>
        <source>Planned: per seat taken (%1 registered). Actual: per person marked attended (%2).</source>
        <translation>Budget: per bokad plats (%1 anmälda). Utfall: per person som markerats närvarande (%2).</translation>
    </message>
</context>
<context>
    <name>_WithOrganisations</name>
    <message>
        <source>No organisation is called “%1”: pick one from the list</source>
        <translation>Ingen organisation heter ”%1”: välj en i listan</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Planned (SEK)</source>
        <translation>Planerat (kr)</translation>
    </message>
    <message>
        <source>Actual (SEK)</source>
        <translation>Utfall (kr)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Förtäring</translation>
    </message>
    <message>
        <source>Stand fee</source>
        <translation>Monterhyra</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknadsföring</translation>
    </message>
    <message>
        <source>Speaker fees</source>
        <translation>Talararvoden</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Övriga kostnader</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>Sponsring</translation>
    </message>
    <message>
        <source>Participant fees</source>
        <translation>Deltagaravgifter</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Co-exhibitor shares</source>
        <translation>Medutställarandelar</translation>
    </message>
    <message>
        <source>The rate “%1” is unclear: type it without thousands separators, e.g. %2.</source>
        <translation>Kursen ”%1” är otydlig: skriv den utan tusentalsavgränsare, t.ex. %2.</translation>
    </message>
    <message>
        <source>The rate “%1” is not a number (e.g. %2).</source>
        <translation>Kursen ”%1” är inget tal (t.ex. %2).</translation>
    </message>
    <message>
        <source>Co-exhibitor share: %1</source>
        <translation>Medutställarandel: %1</translation>
    </message>
    <message>
        <source>%1&apos;s fixed fee, from the stand.</source>
        <translation>%1:s fasta avgift, från montern.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 m² of the stand&apos;s %3 m², as a share of the stand fee.</source>
        <translation>%1:s %2 m² av monterns %3 m², som andel av monterhyran.</translation>
    </message>
    <message>
        <source>%1 has a share of the area, but the budget has no stand fee (or the stand no area) yet: add a stand fee line.</source>
        <translation>%1 har en andel av ytan, men budgeten har ingen monterhyra (eller montern ingen yta) än: lägg till en rad för monterhyra.</translation>
    </message>
    <message>
        <source>Not confirmed yet: counted as planned income only, not as actual.</source>
        <translation>Inte bekräftad än: räknas bara som planerad intäkt, inte som utfall.</translation>
    </message>
    <message>
        <source>No actual stand fee yet: counted as planned income only until the stand is invoiced.</source>
        <translation>Ingen monterhyra i utfallet än: räknas bara som planerad intäkt tills montern är fakturerad.</translation>
    </message>
    <message>
        <source>The planned amount “%1” is too large for one line.</source>
        <translation>Det planerade beloppet ”%1” är för stort för en rad.</translation>
    </message>
    <message>
        <source>The actual amount “%1” is too large for one line.</source>
        <translation>Utfallet ”%1” är för stort för en rad.</translation>
    </message>
    <message>
        <source>The planned amount “%1” is unclear: type it without thousands separators, e.g. %2.</source>
        <translation>Det planerade beloppet ”%1” är otydligt: skriv det utan tusentalsavgränsare, t.ex. %2.</translation>
    </message>
    <message>
        <source>The actual amount “%1” is unclear: type it without thousands separators, e.g. %2.</source>
        <translation>Utfallet ”%1” är otydligt: skriv det utan tusentalsavgränsare, t.ex. %2.</translation>
    </message>
    <message>
        <source>The planned amount “%1” is not an amount (e.g. %2).</source>
        <translation>Det planerade beloppet ”%1” är inget belopp (t.ex. %2).</translation>
    </message>
    <message>
        <source>The actual amount “%1” is not an amount (e.g. %2).</source>
        <translation>Utfallet ”%1” är inget belopp (t.ex. %2).</translation>
    </message>
    <message>
        <source>Add the budget line “%1”</source>
        <translation>Lägg till budgetraden ”%1”</translation>
    </message>
    <message>
        <source>Remove the budget line “%1”</source>
        <translation>Ta bort budgetraden ”%1”</translation>
    </message>
    <message>
        <source>Change the budget line “%1”</source>
        <translation>Ändra budgetraden ”%1”</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Cancelled: Enter marks them attended all the same</source>
        <translation>Avanmäld: Enter markerar personen som närvarande ändå</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Walk-in %1</source>
        <translation>Spontanbesökare %1</translation>
    </message>
    <message>
        <source>Mark the rest as no-shows</source>
        <translation>Markera resten som uteblivna</translation>
    </message>
    <message>
        <source>Mark %1 people as attended</source>
        <translation>Markera %1 personer som närvarande</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Person in two places</source>
        <translation>Person på två platser</translation>
    </message>
    <message>
        <source>Outside availability</source>
        <translation>Utanför tillgänglighet</translation>
    </message>
    <message>
        <source>Role declined</source>
        <translation>Roll avböjd</translation>
    </message>
    <message>
        <source>Stage double-booked</source>
        <translation>Scen dubbelbokad</translation>
    </message>
    <message>
        <source>Session outside its event</source>
        <translation>Programpunkt utanför evenemanget</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Helgdag</translation>
    </message>
    <message>
        <source>Eve</source>
        <translation>Helgafton</translation>
    </message>
    <message>
        <source>Bridge day</source>
        <translation>Klämdag</translation>
    </message>
    <message>
        <source>Venue double-booked</source>
        <translation>Lokal dubbelbokad</translation>
    </message>
    <message>
        <source>Subscribed calendar</source>
        <translation>Prenumererad kalender</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godtagen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>“%1” at %2</source>
        <translation>”%1” på %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1 is on %2, a public holiday.</source>
        <translation>%1 infaller på %2, en helgdag.</translation>
    </message>
    <message>
        <source>%1 is on %2, an eve most take off.</source>
        <translation>%1 infaller på %2, en afton då de flesta är lediga.</translation>
    </message>
    <message>
        <source>%1 is on a bridge day between %2 and the weekend.</source>
        <translation>%1 infaller på en klämdag mellan %2 och helgen.</translation>
    </message>
    <message>
        <source>%1 is booked twice: “%2” (%3) and “%4” (%5).</source>
        <translation>%1 är dubbelbokad: ”%2” (%3) och ”%4” (%5).</translation>
    </message>
    <message>
        <source>%1 is at the same time as %2 (%3) in the calendar “%4”.</source>
        <translation>%1 krockar med %2 (%3) i kalendern ”%4”.</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>talare</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>paneldeltagare</translation>
    </message>
    <message>
        <source>host</source>
        <translation>värd</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>tekniker</translation>
    </message>
    <message>
        <source>stream operator</source>
        <translation>streamingtekniker</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>guest of honour</source>
        <translation>hedersgäst</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>”%1” (%2)</translation>
    </message>
    <message>
        <source>%1 %2 as %3</source>
        <translation>%1 %2 som %3</translation>
    </message>
    <message>
        <source>%1 is booked with less than %2 minutes between: %3 and %4.</source>
        <translation>%1 är bokad med mindre än %2 minuter emellan: %3 och %4.</translation>
    </message>
    <message>
        <source>%1 is booked twice at once: %2 and %3.</source>
        <translation>%1 är bokad två gånger samtidigt: %2 och %3.</translation>
    </message>
    <message>
        <source>%1 declined to be %2 of %3 %4, and is still booked.</source>
        <translation>%1 tackade nej till att vara %2 för %3 %4 men är fortfarande bokad.</translation>
    </message>
    <message>
        <source>%1 is booked as %2 of %3 %4</source>
        <translation>%1 är bokad som %2 för %3 %4</translation>
    </message>
    <message>
        <source>%1 outside the hours they can be there (%2).</source>
        <translation>%1 utanför de tider personen kan (%2).</translation>
    </message>
    <message>
        <source>%1 when they cannot be there (%2).</source>
        <translation>%1 när personen inte kan (%2).</translation>
    </message>
    <message>
        <source>%1 when they cannot be there.</source>
        <translation>%1 när personen inte kan.</translation>
    </message>
    <message>
        <source>The stage “%1” of “%2” has two sessions at once: “%3” (%4) and “%5” (%6).</source>
        <translation>Scenen ”%1” på ”%2” har två programpunkter samtidigt: ”%3” (%4) och ”%5” (%6).</translation>
    </message>
    <message>
        <source>“%1” (%2) lies outside the opening hours of “%3” that day (%4).</source>
        <translation>”%1” (%2) ligger utanför öppettiderna för ”%3” den dagen (%4).</translation>
    </message>
    <message>
        <source>“%1” (%2) lies outside the days of its event “%3” (%4).</source>
        <translation>”%1” (%2) ligger utanför dagarna för sitt evenemang ”%3” (%4).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Trade fair</source>
        <translation>Mässa</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lansering</translation>
    </message>
    <message>
        <source>Innovation day</source>
        <translation>Innovationsdag</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webbinarium</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Nätverksträff</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Upptagen</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Member company</source>
        <translation>Medlemsföretag</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>University or institute</source>
        <translation>Universitet eller institut</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Offentlig sektor</translation>
    </message>
    <message>
        <source>Trade-fair organiser</source>
        <translation>Mässarrangör</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>an organisation type</comment>
        <translation>Annan</translation>
    </message>
    <message>
        <source>w. %1</source>
        <translation>v %1</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ingen påminnelse</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>När det börjar</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 minut före</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 timme före</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 dag före</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 vecka före</translation>
    </message>
    <message>
        <source>%1 weeks before</source>
        <translation>%1 veckor före</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1 dagar före</translation>
    </message>
    <message>
        <source>%1 hours before</source>
        <translation>%1 timmar före</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 minuter före</translation>
    </message>
</context>
<context>
    <name>lost</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Inställt: %1</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Flyttat: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Ändrat: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Överhoppat: %1</translation>
    </message>
    <message>
        <source>Exceptions would be lost</source>
        <translation>Undantag skulle gå förlorade</translation>
    </message>
    <message>
        <source>The changed series no longer has these occurrences, so what was changed about them would be lost:</source>
        <translation>Den ändrade serien har inte längre de här tillfällena, så det som ändrats i dem skulle gå förlorat:</translation>
    </message>
    <message>
        <source>&amp;Save and lose them</source>
        <translation>&amp;Spara ändå</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>registered</source>
        <translation>anmäld</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avanmäld</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>närvarade</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>uteblev</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>inskriven</translation>
    </message>
    <message>
        <source>form import</source>
        <translation>formulärimport</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>kopierad</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Anmäl %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Avanmäl %1</translation>
    </message>
    <message>
        <source>Mark %1 as attended</source>
        <translation>Markera %1 som närvarande</translation>
    </message>
    <message>
        <source>Fill free seats from the waitlist</source>
        <translation>Fyll lediga platser från väntelistan</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importera %1</translation>
    </message>
</context>
<context>
    <name>personal_data</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Events the person registered for</source>
        <translation>Evenemang som personen anmält sig till</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Sparat som</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>Vad som sparats</translation>
    </message>
    <message>
        <source>Past event</source>
        <translation>Tidigare evenemang</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>People not anonymised</source>
        <translation>Personer ej anonymiserade</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmälan</translation>
    </message>
    <message>
        <source>Role on an event</source>
        <translation>Roll på ett evenemang</translation>
    </message>
    <message>
        <source>Role on a programme block</source>
        <translation>Roll i ett programblock</translation>
    </message>
    <message>
        <source>Role in a session</source>
        <translation>Roll i en programpunkt</translation>
    </message>
    <message>
        <source>Rota shift</source>
        <translation>Pass i bemanningsschemat</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Färdighet</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Stand badge</source>
        <translation>Monterbricka</translation>
    </message>
    <message>
        <source>Task owned</source>
        <translation>Ansvarig för uppgift</translation>
    </message>
    <message>
        <source>Stand led</source>
        <translation>Ansvarig för monter</translation>
    </message>
    <message>
        <source>Co-exhibitor contact</source>
        <translation>Kontakt för medutställare</translation>
    </message>
    <message>
        <source>Stand material packed</source>
        <translation>Montermaterial packat</translation>
    </message>
    <message>
        <source>Stand material shipped</source>
        <translation>Montermaterial skickat</translation>
    </message>
    <message>
        <source>Stand material returned</source>
        <translation>Montermaterial returnerat</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>behov: %1</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>förtur: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Radera %1</translation>
    </message>
    <message>
        <source>Anonymise %1</source>
        <translation>Anonymisera %1</translation>
    </message>
    <message>
        <source>Anonymise past participants</source>
        <translation>Anonymisera tidigare deltagare</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>keynote</source>
        <translation>huvudtalare</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>föredrag</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>panel</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>break</source>
        <translation>paus</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>lunch</translation>
    </message>
    <message>
        <source>networking</source>
        <translation>nätverkande</translation>
    </message>
    <message>
        <source>exhibition</source>
        <translation>utställning</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>build-up</source>
        <translation>uppbyggnad</translation>
    </message>
    <message>
        <source>open day</source>
        <translation>öppen dag</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>repetition</translation>
    </message>
    <message>
        <source>dinner</source>
        <translation>middag</translation>
    </message>
    <message>
        <source>tear-down</source>
        <translation>rivning</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>talare</translation>
    </message>
    <message>
        <source>moderator or chair</source>
        <translation>moderator eller ordförande</translation>
    </message>
    <message>
        <source>panellist</source>
        <translation>paneldeltagare</translation>
    </message>
    <message>
        <source>host</source>
        <translation>värd</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>tekniker</translation>
    </message>
    <message>
        <source>stream operator</source>
        <translation>streamingtekniker</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>guest of honour</source>
        <translation>hedersgäst</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>arrangör</translation>
    </message>
    <message>
        <source>co-organiser</source>
        <translation>medarrangör</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>sponsor</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>finansiär</translation>
    </message>
    <message>
        <source>fair organiser</source>
        <translation>mässarrangör</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>tillfrågad</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bekräftad</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>tackat nej</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Ge programpunkten en titel.</translation>
    </message>
    <message>
        <source>It lies outside the days of “%1” (%2).</source>
        <translation>Den ligger utanför dagarna för ”%1” (%2).</translation>
    </message>
    <message>
        <source>It ends (%1) before it starts (%2).</source>
        <translation>Den slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>It ends when it starts: give it a length.</source>
        <translation>Den slutar när den börjar: ge den en längd.</translation>
    </message>
    <message>
        <source>Move the block “%1”</source>
        <translation>flytta blocket ”%1”</translation>
    </message>
    <message>
        <source>%1 is no longer %2 of this event.</source>
        <translation>%1 är inte längre %2 i evenemanget.</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>Lägg till %1 som %2</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Ändra rollen för %1</translation>
    </message>
    <message>
        <source>Remove %1 as %2</source>
        <translation>Ta bort %1 som %2</translation>
    </message>
    <message>
        <source>Remove %1 organisations&apos; roles</source>
        <translation>Ta bort %1 organisationers roller</translation>
    </message>
    <message>
        <source>Make the block “%1”</source>
        <translation>skapa blocket ”%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>flytta ”%1”</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>ändra längden på ”%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>redigera ”%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>ta bort ”%1”</translation>
    </message>
    <message>
        <source>Delete %1 sessions</source>
        <translation>ta bort %1 programpunkter</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>lägg till ”%1”</translation>
    </message>
    <message>
        <source>Add the stage “%1”</source>
        <translation>lägg till scenen ”%1”</translation>
    </message>
    <message>
        <source>Change the stage “%1”</source>
        <translation>ändra scenen ”%1”</translation>
    </message>
    <message>
        <source>Delete the stage “%1”</source>
        <translation>ta bort scenen ”%1”</translation>
    </message>
    <message>
        <source>Add the phase “%1”</source>
        <translation>lägg till fasen ”%1”</translation>
    </message>
    <message>
        <source>Change the phase “%1”</source>
        <translation>ändra fasen ”%1”</translation>
    </message>
    <message>
        <source>Delete the phase “%1”</source>
        <translation>ta bort fasen ”%1”</translation>
    </message>
</context>
<context>
    <name>registrations</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1, %2 väntar</translation>
    </message>
</context>
<context>
    <name>releases</name>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttade</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställda</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>scen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>people</source>
        <translation>medverkande</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>stream link</source>
        <translation>sändningslänk</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Release %1 “%2”</source>
        <translation>Version %1 ”%2”</translation>
    </message>
    <message>
        <source>Moved with the event</source>
        <translation>Flyttat med evenemanget</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 ändring</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 ändringar</translation>
    </message>
    <message>
        <source>Not released yet: subscribers and print see no sessions</source>
        <translation>Inte släppt ännu: prenumeranter och utskrifter ser inga programpunkter</translation>
    </message>
    <message>
        <source>Released — no changes since %1 (%2)</source>
        <translation>Släppt — inga ändringar sedan %1 (%2)</translation>
    </message>
    <message>
        <source>Draft — %1 since %2 (%3)</source>
        <translation>Utkast — %1 sedan %2 (%3)</translation>
    </message>
    <message>
        <source>1 conflict holds the release</source>
        <translation>1 konflikt stoppar nästa version</translation>
    </message>
    <message>
        <source>%1 conflicts hold the release</source>
        <translation>%1 konflikter stoppar nästa version</translation>
    </message>
</context>
<context>
    <name>rota</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Medverkande</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Bemannat</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <source>Beyond the need:</source>
        <translation>Över behovet:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Build-up</source>
        <translation>Uppbyggnad</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Öppen dag</translation>
    </message>
    <message>
        <source>Tear-down</source>
        <translation>Rivning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>Det här passet</translation>
    </message>
    <message>
        <source>This and the following shifts of its slot</source>
        <translation>Det här och följande pass på samma tid</translation>
    </message>
    <message>
        <source>All shifts of its slot</source>
        <translation>Alla pass på samma tid</translation>
    </message>
    <message>
        <source>Below need</source>
        <translation>Under behovet</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>Dubbelbokad</translation>
    </message>
    <message>
        <source>Over the daily maximum</source>
        <translation>Över dagsmaximum</translation>
    </message>
    <message>
        <source>Missing skill</source>
        <translation>Kompetens saknas</translation>
    </message>
    <message>
        <source>“%1” (%2) has %3 of the %4 people it needs</source>
        <translation>”%1” (%2) har %3 av de %4 personer det behöver</translation>
    </message>
    <message>
        <source>%1 is on “%2” and “%3” at once</source>
        <translation>%1 är på ”%2” och ”%3” samtidigt</translation>
    </message>
    <message>
        <source>%1 is on “%2” (%3) and elsewhere at the same time</source>
        <translation>%1 är på ”%2” (%3) och samtidigt på annat håll</translation>
    </message>
    <message>
        <source>%1 is on %2 hours of shifts on %3, over the daily maximum of %4</source>
        <translation>%1 har %2 timmars pass %3, över dagsmaximum på %4</translation>
    </message>
    <message>
        <source>No one on “%1” (%2) has the skill “%3” it requires</source>
        <translation>Ingen på ”%1” (%2) har kompetensen ”%3” som krävs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Make the rota from a template</source>
        <translation>Gör bemanningsschemat från en mall</translation>
    </message>
    <message>
        <source>Change the shift “%1”</source>
        <translation>Ändra passet ”%1”</translation>
    </message>
    <message>
        <source>Change %1 shifts</source>
        <translation>Ändra %1 pass</translation>
    </message>
    <message>
        <source>Delete the shift “%1”</source>
        <translation>Ta bort passet ”%1”</translation>
    </message>
    <message>
        <source>Put %1 on “%2”</source>
        <translation>Sätt %1 på ”%2”</translation>
    </message>
    <message>
        <source>Take %1 off “%2”</source>
        <translation>Ta av %1 från ”%2”</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Title or role</source>
        <translation>Titel eller roll</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Kost och tillgänglighet</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Anmäld den</translation>
    </message>
    <message>
        <source>two columns are chosen as %1</source>
        <translation>två kolumner är valda som %1</translation>
    </message>
    <message>
        <source>no column is the e-mail; people are matched by it</source>
        <translation>ingen kolumn är e-post; personer matchas på den</translation>
    </message>
    <message>
        <source>no column is the name or the first name</source>
        <translation>ingen kolumn är namn eller förnamn</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2</source>
        <translation>är %1 tecken lång; högst %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>namnet är tomt</translation>
    </message>
    <message>
        <source>the e-mail is empty; people are matched by it</source>
        <translation>e-postadressen är tom; personer matchas på den</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>”%1” är ingen e-postadress</translation>
    </message>
    <message>
        <source>“%1” is not an organisation number; write ten digits as NNNNNN-NNNN</source>
        <translation>”%1” är inget giltigt organisationsnummer; skriv tio siffror som NNNNNN-NNNN</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (write it as 2026-03-14 09:30)</source>
        <translation>”%1” är inget datum med tid (skriv det som 2026-03-14 09:30)</translation>
    </message>
    <message>
        <source>the file has no rows under its headers</source>
        <translation>filen har inga rader under rubrikerna</translation>
    </message>
    <message>
        <source>%1 cells under %2 headers (a comma in a value without quotes?)</source>
        <translation>%1 celler under %2 rubriker (ett kommatecken i ett värde utan citattecken?)</translation>
    </message>
    <message>
        <source>%1 people have the e-mail “%2”; merge them first</source>
        <translation>%1 personer har e-postadressen ”%2”; slå ihop dem först</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Kolumner: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Rad %1, kolumn ”%2”: %3</translation>
    </message>
    <message>
        <source>1 new person</source>
        <translation>1 ny person</translation>
    </message>
    <message>
        <source>%1 new people</source>
        <translation>%1 nya personer</translation>
    </message>
    <message>
        <source>%1 matched</source>
        <translation>%1 matchade</translation>
    </message>
    <message>
        <source>1 duplicate merged</source>
        <translation>1 dubblett sammanslagen</translation>
    </message>
    <message>
        <source>%1 duplicates merged</source>
        <translation>%1 dubbletter sammanslagna</translation>
    </message>
    <message>
        <source>1 already on the list</source>
        <translation>1 redan på listan</translation>
    </message>
    <message>
        <source>%1 already on the list</source>
        <translation>%1 redan på listan</translation>
    </message>
    <message>
        <source>%1 to the waitlist</source>
        <translation>%1 till väntelistan</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 new organisation lacks an actor type (set it in the organisation editor for the funder&apos;s report)</source>
        <translation>1 ny organisation saknar aktörstyp (ange den i organisationsredigeraren för rapporten till finansiären)</translation>
    </message>
    <message>
        <source>%1 new organisations lack an actor type (set it in the organisation editor for the funder&apos;s report)</source>
        <translation>%1 nya organisationer saknar aktörstyp (ange den i organisationsredigeraren för rapporten till finansiären)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importeras som</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Första värdena</translation>
    </message>
</context>
<context>
    <name>stand</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Area or fee</source>
        <translation>Yta eller avgift</translation>
    </message>
    <message>
        <source>Staff / badges</source>
        <translation>Personal / passerkort</translation>
    </message>
    <message>
        <source>Brings</source>
        <translation>Tar med</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Golv</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not done</source>
        <translation>Försenad: skulle vara klar %1</translation>
    </message>
    <message>
        <source>the stand</source>
        <translation>montern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Passerkort</translation>
    </message>
    <message>
        <source>our own staff</source>
        <translation>vår egen personal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packar</translation>
    </message>
    <message>
        <source>Ships</source>
        <translation>Skickar</translation>
    </message>
    <message>
        <source>Brings back</source>
        <translation>Tar hem</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Var den är</translation>
    </message>
    <message>
        <source>own stand</source>
        <translation>egen monter</translation>
    </message>
    <message>
        <source>shared stand</source>
        <translation>delad monter</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>anmälan</translation>
    </message>
    <message>
        <source>catalogue text</source>
        <translation>katalogtext</translation>
    </message>
    <message>
        <source>electricity order</source>
        <translation>elbeställning</translation>
    </message>
    <message>
        <source>furniture order</source>
        <translation>möbelbeställning</translation>
    </message>
    <message>
        <source>build-up slot</source>
        <translation>tid för uppbyggnad</translation>
    </message>
    <message>
        <source>badge requests</source>
        <translation>beställning av passerkort</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>tillfrågad</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bekräftad</translation>
    </message>
    <message>
        <source>approved by the fair</source>
        <translation>godkänd av mässan</translation>
    </message>
    <message>
        <source>at the office</source>
        <translation>på kontoret</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>packad</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>skickad</translation>
    </message>
    <message>
        <source>at the stand</source>
        <translation>i montern</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>tillbaka</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>borta</translation>
    </message>
    <message>
        <source>%1 SEK</source>
        <translation>%1 kr</translation>
    </message>
    <message>
        <source>Change the stand</source>
        <translation>Ändra montern</translation>
    </message>
    <message>
        <source>Add the co-exhibitor “%1”</source>
        <translation>Lägg till medutställaren ”%1”</translation>
    </message>
    <message>
        <source>Change the co-exhibitor “%1”</source>
        <translation>Ändra medutställaren ”%1”</translation>
    </message>
    <message>
        <source>Remove the co-exhibitor “%1”</source>
        <translation>Ta bort medutställaren ”%1”</translation>
    </message>
    <message>
        <source>Add the deadline “%1”</source>
        <translation>Lägg till deadline ”%1”</translation>
    </message>
    <message>
        <source>Change the deadline “%1”</source>
        <translation>Ändra deadline ”%1”</translation>
    </message>
    <message>
        <source>Remove the deadline “%1”</source>
        <translation>Ta bort deadline ”%1”</translation>
    </message>
    <message>
        <source>Add “%1” to the badges</source>
        <translation>Lägg till ”%1” för passerkort</translation>
    </message>
    <message>
        <source>Change “%1” on the badges</source>
        <translation>Ändra ”%1” för passerkort</translation>
    </message>
    <message>
        <source>Remove “%1” from the badges</source>
        <translation>Ta bort ”%1” från passerkorten</translation>
    </message>
    <message>
        <source>Add the item “%1”</source>
        <translation>Lägg till ”%1”</translation>
    </message>
    <message>
        <source>Change the item “%1”</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Remove the item “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <source>Tick “%1” done</source>
        <translation>Bocka av ”%1”</translation>
    </message>
    <message>
        <source>Open “%1” again</source>
        <translation>Öppna ”%1” igen</translation>
    </message>
    <message>
        <source>“%1” is no longer on the stand.</source>
        <translation>”%1” finns inte längre i montern.</translation>
    </message>
    <message>
        <source>Remove %1 rows from the stand</source>
        <translation>Ta bort %1 rader från montern</translation>
    </message>
    <message>
        <source>Tick %1 deadlines done or open</source>
        <translation>Bocka av eller öppna %1 deadlines</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>All day</source>
        <translation>Heldag</translation>
    </message>
    <message>
        <source>Week %1 · %2–%3</source>
        <translation>Vecka %1 · %2–%3</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Create “%1”</source>
        <translation>skapa ”%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>redigera ”%1”</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>ställ in ”%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>ta bort ”%1”</translation>
    </message>
</context>
</TS>
