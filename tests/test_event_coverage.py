"""Coverage of wire-copy wordings, type by type: the commonest ways Reuters/AP/AFP-style copy
expresses each PLOVER type (verbs, phrasal verbs, light verb + noun, nominalisations, passives,
joint-activity adjectives), re-mentions by a definite event noun heading its clause, and senses of
the new triggers that are no event.

Sentences written for these tests, not taken from the example corpus; whole pipeline, real model.
"""

from __future__ import annotations

import pytest

from tidings.api import extract


def _events(nlp, text: str):
    return extract(text, published="2026-05-04", nlp=nlp).events


_WORDINGS = [
    # COOPERATE
    ('Chinese and Pakistani naval units staged joint drills off Karachi on Tuesday.', 'COOPERATE'),
    ('Egypt and Sudan carried out a joint air exercise near the border.', 'COOPERATE'),
    ('The two navies conducted a joint search-and-rescue exercise in the Gulf of Thailand.', 'COOPERATE'),
    ('Australian and Indonesian troops took part in joint training in Darwin.', 'COOPERATE'),
    ('Japan and India signed a deal on Monday and began joint production of drones.', 'COOPERATE'),
    ('Turkish and Azerbaijani forces held combined military manoeuvres near Baku.', 'COOPERATE'),
    ('Spain extradited a Russian hacker to the United States on Thursday.', 'COOPERATE'),
    ('Britain signed a contract to buy 12 F-35 fighter jets from the United States.', 'COOPERATE'),
    ('Nigeria and Niger launched joint patrols along their shared border.', 'COOPERATE'),
    ('French and Spanish police dismantled a drug trafficking network in a joint operation.', 'COOPERATE'),
    ('Malaysia exported record amounts of palm oil to India last month.', 'COOPERATE'),
    ('India imported more Russian crude in April than in any month before.', 'COOPERATE'),
    ('Chevron and the Venezuelan state oil company resumed joint production in the Orinoco belt.', 'COOPERATE'),
    ('Seoul and Washington exchanged military intelligence on North Korean missile launches.', 'COOPERATE'),
    ('Kazakhstan transferred two suspects to Russian custody.', 'COOPERATE'),
    ('Tokyo and Canberra stepped up defence cooperation with a new logistics agreement.', 'COOPERATE'),
    ('The Philippines and the United States held joint naval sailings in the South China Sea.', 'COOPERATE'),
    ('Brazilian and Paraguayan authorities arrested 12 members of a smuggling gang in a coordinated operation.', 'COOPERATE'),
    ('Saudi Arabia shipped two million barrels of crude to China in March.', 'COOPERATE'),
    ('South Korea sold K9 howitzers to Poland under a $2.3 billion contract.', 'COOPERATE'),
    ('Vietnam signed a contract with Russia for the purchase of Su-30 fighters.', 'COOPERATE'),
    ('The Indonesian coast guard worked alongside Australian vessels to track the boat.', 'COOPERATE'),
    ('Chinese and Russian bombers flew joint patrols over the Sea of Japan.', 'COOPERATE'),
    ('Greek and Egyptian air forces trained together over the Mediterranean.', 'COOPERATE'),
    ('Germany and Norway teamed up to build submarines.', 'COOPERATE'),
    ('The Indian and French militaries shared radar data during the exercise.', 'COOPERATE'),
    # RETREAT
    ('Russian forces withdrew from positions near Kharkiv on Saturday.', 'RETREAT'),
    ('Israel released 90 Palestinian prisoners on Sunday.', 'RETREAT'),
    ('Ukrainian troops retreated from the town of Avdiivka.', 'RETREAT'),
    ('Hamas handed over three hostages to the Red Cross in Gaza.', 'RETREAT'),
    ('Israel reopened the Allenby crossing with Jordan.', 'RETREAT'),
    ('Beijing eased export curbs on rare earths to Europe.', 'RETREAT'),
    ('Washington scaled back its military presence in Niger.', 'RETREAT'),
    ('The last US troops left Afghanistan on August 30.', 'RETREAT'),
    ('The Sudanese army opened a humanitarian corridor for aid convoys.', 'RETREAT'),
    ('Iran allowed IAEA inspectors to visit the Fordow site.', 'RETREAT'),
    ('Iraqi Prime Minister Mohammed al-Sudani stepped down on Monday.', 'RETREAT'),
    ('The Serbian prime minister resigned amid mass protests.', 'RETREAT'),
    ('Moscow returned 20 Ukrainian children to their families.', 'RETREAT'),
    ('Russia and Ukraine exchanged the bodies of fallen soldiers.', 'RETREAT'),
    ('The truce between the army and the RSF held through the weekend.', 'RETREAT'),
    ('Israeli forces pulled back from parts of southern Lebanon.', 'RETREAT'),
    ('Eritrean troops withdrew from Tigray, the Ethiopian government said.', 'RETREAT'),
    ('The Venezuelan authorities released six Americans on Friday.', 'RETREAT'),
    ('North Korea repatriated the detained American soldier.', 'RETREAT'),
    ('Hundreds of ELN fighters demobilised in Colombia on Tuesday.', 'RETREAT'),
    ('India lifted curbs on rice exports to Bangladesh.', 'RETREAT'),
    ('The Houthis freed the crew of the Galaxy Leader.', 'RETREAT'),
    ('Pakistan returned the captured Indian soldier to India.', 'RETREAT'),
    ('The Taliban released a British couple detained since February.', 'RETREAT'),
    ('China removed tariffs on Australian barley.', 'RETREAT'),
    ('Armenia handed four villages back to Azerbaijan.', 'RETREAT'),
    ('Azerbaijani forces vacated the positions they had seized in Armenia.', 'RETREAT'),
    ('The ceasefire in Gaza went into effect at 8:30 a.m. on Sunday.', 'RETREAT'),
    ("Guinea's junta freed the former prime minister after six months in detention.", 'RETREAT'),
    ('Central African rebels laid down their arms in a ceremony in Bangui.', 'RETREAT'),
    ('Sudanese rebels ended their siege of El Fasher.', 'RETREAT'),
    # CONCEDE
    # a decree of one's own given up eases political freedoms (CAMEO 083, 0811: CONCEDE)
    ('The Kyrgyz government rescinded the decree that had banned opposition rallies.', 'CONCEDE'),
    ("Turkey lifted its veto on Sweden's NATO membership.", 'CONCEDE'),
    ('The Kremlin announced a 72-hour ceasefire for Victory Day.', 'CONCEDE'),
    ('Israel said it would withdraw from the Philadelphi corridor within 50 days.', 'CONCEDE'),
    ("Ankara agreed to drop its objections to Finland's bid.", 'CONCEDE'),
    ('Germany apologised for colonial-era killings in Namibia.', 'CONCEDE'),
    ('The Thai king pardoned the former prime minister.', 'CONCEDE'),
    ('Kyiv offered to exchange all prisoners with Moscow.', 'CONCEDE'),
    ('The Georgian government withdrew the foreign agents bill after mass protests.', 'CONCEDE'),
    ('Washington said it would lift sanctions on Syria.', 'CONCEDE'),
    ('Russia agreed to a pause in strikes on energy infrastructure.', 'CONCEDE'),
    ("The Serbian government bowed to protesters' demands and withdrew the lithium project.", 'CONCEDE'),
    ('Hamas agreed to release 33 hostages in the first phase.', 'CONCEDE'),
    ('Moscow announced a unilateral Easter truce.', 'CONCEDE'),
    ("Kenya's President Ruto withdrew the finance bill after deadly protests.", 'CONCEDE'),
    ('Beijing said it would ease restrictions on Japanese seafood.', 'CONCEDE'),
    ('The United States agreed to reduce its troop numbers in Iraq.', 'CONCEDE'),
    ('Tokyo expressed remorse for its wartime actions.', 'CONCEDE'),
    ("Pakistan's military accepted a ceasefire proposal from Washington.", 'CONCEDE'),
    ('The Bangladeshi government granted amnesty to thousands of protesters.', 'CONCEDE'),
    ('Beijing said it was ready to release the detained Japanese businessman.', 'CONCEDE'),
    ('The M23 rebels declared a unilateral ceasefire on Tuesday.', 'CONCEDE'),
    ('Israel agreed to let humanitarian aid into northern Gaza.', 'CONCEDE'),
    ('The two sides agreed to a truce brokered by Qatar.', 'CONCEDE'),
    ('Venezuela promised to free political prisoners.', 'CONCEDE'),
    ('The Pentagon plans to pull 1,000 troops out of Syria by the end of the year.', 'CONCEDE'),
    ('The Kenyan government promised to scrap the controversial tax hike.', 'CONCEDE'),
    ("Niger's junta pledged to hand power to an elected government by 2027.", 'CONCEDE'),
    ("Senegal's president conceded defeat on Monday.", 'CONCEDE'),
    ('The Malian army announced it would pull its troops back to their barracks.', 'CONCEDE'),
    # COERCE
    ('Police arrested dozens of opposition supporters in Dhaka on Friday.', 'COERCE'),
    ('Iranian authorities detained a French tourist on spying charges.', 'COERCE'),
    ('Russia expelled a BBC correspondent.', 'COERCE'),
    ('Hong Kong police raided the offices of an opposition newspaper.', 'COERCE'),
    ('Turkish authorities jailed the mayor of Istanbul pending trial.', 'COERCE'),
    ('Chinese coast guard ships seized a Philippine fishing boat.', 'COERCE'),
    ('Belarus sentenced an opposition activist to 15 years in prison.', 'COERCE'),
    ("Iran's Revolutionary Guards confiscated a foreign tanker in the Gulf.", 'COERCE'),
    ('Beijing placed the dissident under surveillance.', 'COERCE'),
    ('The Russian court convicted the journalist of spreading false information.', 'COERCE'),
    ('Police rounded up more than 200 migrants in Tunis.', 'COERCE'),
    ('Moscow blocked access to YouTube.', 'COERCE'),
    ('Nicaraguan authorities shut down 1,500 NGOs.', 'COERCE'),
    ('Israel has held the activist in administrative detention since March.', 'COERCE'),
    ('Algeria deported hundreds of migrants to Niger.', 'COERCE'),
    ('Russian hackers breached the networks of the German defence ministry.', 'COERCE'),
    ('Police in Nairobi took dozens of protesters into custody.', 'COERCE'),
    ('The junta suspended the broadcasts of French radio stations.', 'COERCE'),
    ('Georgian police detained the opposition leader during a raid on his home.', 'COERCE'),
    ('The Indian navy intercepted a ship carrying weapons off Somalia.', 'COERCE'),
    ('Israeli forces confiscated Palestinian land near Hebron.', 'COERCE'),
    ('The Taliban barred women from attending universities.', 'COERCE'),
    ('Pakistan expelled thousands of Afghan refugees.', 'COERCE'),
    ('Chinese authorities took the activist into custody.', 'COERCE'),
    ('The Bangladeshi government imposed a curfew in Dhaka after the riots.', 'COERCE'),
    ('Kenyan police used tear gas to disperse protesters outside parliament.', 'COERCE'),
    ('Iranian authorities cut internet access across the province.', 'COERCE'),
    ("South Korea's president declared martial law.", 'COERCE'),
    ('The Belarusian regime banned all gatherings of more than five people.', 'COERCE'),
    ('Ethiopian security forces besieged the town of Lalibela for three weeks.', 'COERCE'),
    ('Pakistani police put the former prime minister under house arrest.', 'COERCE'),
    ('A Moscow court sentenced him to life in prison for treason.', 'COERCE'),
    ('Georgian authorities revoked the licence of the independent broadcaster.', 'COERCE'),
    # AID
    ('The European Union announced 68 million euros in humanitarian aid for Gaza and delivered it through UN agencies.', 'AID'),
    ('Germany sent two Patriot systems to Ukraine.', 'AID'),
    ('The United States airdropped food into Gaza on Saturday.', 'AID'),
    ('Japan provided 10 million dollars in emergency aid to Turkey.', 'AID'),
    ('The IMF approved a $7 billion bailout for Pakistan.', 'AID'),
    ("Saudi Arabia gave Yemen's government a $500 million grant.", 'AID'),
    ('China donated vaccines to Cambodia.', 'AID'),
    ('Indian rescue teams pulled survivors from the rubble in Nepal.', 'AID'),
    ('The Red Crescent distributed food parcels in Khan Younis.', 'AID'),
    ('The Netherlands transferred F-16 jets to Ukraine.', 'AID'),
    ('Canada pledged and delivered 2,000 rifles to Kyiv.', 'AID'),
    ('A convoy of UN trucks delivered flour to northern Gaza.', 'AID'),
    ('Turkey sent search and rescue teams to Morocco after the earthquake.', 'AID'),
    ('The World Bank extended a $500 million credit line to Kenya.', 'AID'),
    ('Washington approved a $95 billion aid package for Ukraine, Israel and Taiwan.', 'AID'),
    ('The Italian navy rescued 200 migrants off Lampedusa.', 'AID'),
    ("Norway forgave Somalia's debt.", 'AID'),
    ('Russia shipped wheat free of charge to six African countries.', 'AID'),
    ("Qatar financed fuel deliveries to Gaza's power station.", 'AID'),
    ('The US military evacuated American citizens from Khartoum.', 'AID'),
    ('The UAE set up a field hospital in Gaza.', 'AID'),
    ('Germany granted Moldova a loan of 50 million euros.', 'AID'),
    ('The EU disbursed the first tranche of its Ukraine Facility.', 'AID'),
    ('Poland handed over MiG-29 jets to Ukraine.', 'AID'),
    ('India rushed relief supplies to Sri Lanka after the floods.', 'AID'),
    ('The Chinese embassy handed out rice to flood victims in Malawi.', 'AID'),
    ('France supplied Ukraine with Caesar howitzers.', 'AID'),
    ('The US Navy delivered aid to Gaza through a floating pier.', 'AID'),
    # AGREE
    ('Ukraine and Denmark will jointly produce artillery shells in Denmark under the deal announced on Friday.', 'AGREE'),
    ('Britain will fund the reconstruction of the bridge.', 'AGREE'),
    ('Kazakhstan and Uzbekistan agreed to extend visa-free entry for their citizens.', 'AGREE'),
    ('Israel and Hamas agreed on a ceasefire deal.', 'AGREE'),
    ('Indonesia agreed to buy 48 Turkish fighter jets.', 'AGREE'),
    ('Iran and Russia agreed to expand military cooperation.', 'AGREE'),
    ('Beijing offered to mediate between Cambodia and Thailand.', 'AGREE'),
    ('Turkey and Russia agreed to extend the grain deal.', 'AGREE'),
    ('Saudi Arabia pledged to invest $600 billion in the United States.', 'AGREE'),
    ('Washington and Kyiv reached a deal on minerals.', 'AGREE'),
    # CONSULT
    ('Xi Jinping met Vladimir Putin in the Kremlin on Tuesday.', 'CONSULT'),
    ('Modi held a phone call with Trump.', 'CONSULT'),
    ('The Saudi foreign minister visited Tehran.', 'CONSULT'),
    ('Rubio spoke with his Chinese counterpart by phone.', 'CONSULT'),
    ('Iranian and US negotiators held a fifth round of talks in Rome.', 'CONSULT'),
    ('Erdogan hosted Zelensky in Istanbul.', 'CONSULT'),
    ('Macron travelled to Beijing for a state visit.', 'CONSULT'),
    ('The ministers discussed trade during the meeting in Seoul.', 'CONSULT'),
    ('Lavrov and Rubio met in Riyadh.', 'CONSULT'),
    ("Egypt mediated talks between Sudan's warring parties.", 'CONSULT'),
    # SUPPORT
    ('France recognised the Palestinian state.', 'SUPPORT'),
    ('Washington welcomed the ceasefire deal.', 'SUPPORT'),
    ('The G7 reaffirmed its support for Ukraine.', 'SUPPORT'),
    ('Japan and South Korea signed an agreement on defence cooperation.', 'SUPPORT'),
    ("Germany praised Poland's defence spending.", 'SUPPORT'),
    ("China voiced its backing for Iran's sovereignty.", 'SUPPORT'),
    ("Kenya endorsed Raila Odinga's bid for the AU Commission.", 'SUPPORT'),
    ('Morocco and Israel normalised relations in 2020.', 'SUPPORT'),
    ('Ukraine and the United States signed a minerals deal.', 'SUPPORT'),
    # REQUEST
    ('Rights groups demanded that Iran release the detained journalists.', 'REQUEST'),
    ("The Turkish opposition called for the president's resignation.", 'REQUEST'),
    ("Ukraine's foreign minister urged allies to send more air defence.", 'REQUEST'),
    ('The EU called on Israel to allow aid into Gaza.', 'REQUEST'),
    ('Seoul asked Washington to extend the tariff exemption.', 'REQUEST'),
    ('Kyiv appealed to the West for more artillery shells.', 'REQUEST'),
    ('The Vatican renewed its call for a ceasefire.', 'REQUEST'),
    ('Japan lodged a request with China for the release of its citizen.', 'REQUEST'),
    ('The UN chief pressed the warring sides to return to talks.', 'REQUEST'),
    ('Lebanon sought help from France to rebuild the port.', 'REQUEST'),
    ('Germany summoned the Chinese ambassador and demanded an explanation.', 'REQUEST'),
    ('Zelenskiy urged Trump to meet him.', 'REQUEST'),
    ('The IAEA asked Iran for access to the damaged sites.', 'REQUEST'),
    ('Brazil applied for membership of OPEC+.', 'REQUEST'),
    ('Somalia asked the African Union to keep its troops in the country.', 'REQUEST'),
    # ACCUSE
    ('Human Rights Watch accused the Sudanese army of war crimes.', 'ACCUSE'),
    ('Brazilian prosecutors charged the former minister with bribery.', 'ACCUSE'),
    ('Beijing accused Washington of hypocrisy.', 'ACCUSE'),
    ('The UN condemned the killing of aid workers in Gaza.', 'ACCUSE'),
    ("France criticised Italy's migration policy.", 'ACCUSE'),
    ('Russia blamed Ukraine for the drone attack on the Kremlin.', 'ACCUSE'),
    ("South Korea protested Japan's claim to the islands.", 'ACCUSE'),
    ('US prosecutors indicted five Chinese hackers.', 'ACCUSE'),
    ('The ICC issued an arrest warrant for Putin.', 'ACCUSE'),
    ('Iran denounced the IAEA resolution as politically motivated.', 'ACCUSE'),
    ('Warsaw launched a probe into Russian sabotage.', 'ACCUSE'),
    ("Tehran summoned the British charge d'affaires over the remarks.", 'ACCUSE'),
    ('The Chinese foreign ministry voiced strong dissatisfaction with the visit.', 'ACCUSE'),
    ('Canada alleged that India was behind the killing of a Sikh leader.', 'ACCUSE'),
    ('Turkey filed a complaint against Greece with the United Nations.', 'ACCUSE'),
    ('A French court put the former president on trial for corruption.', 'ACCUSE'),
    ('Mexico sued US gun makers in a US court.', 'ACCUSE'),
    ('The former president was tried for corruption in Paris.', 'ACCUSE'),
    ('Imamoglu is being tried on espionage charges in Istanbul.', 'ACCUSE'),
    # REJECT
    ("Israel rejected the UN's call for a ceasefire.", 'REJECT'),
    ('Hamas turned down the Israeli proposal.', 'REJECT'),
    ('Russia vetoed the Security Council resolution.', 'REJECT'),
    ('Beijing dismissed the allegations as groundless.', 'REJECT'),
    ('The Kremlin denied any involvement in the attack.', 'REJECT'),
    ("Hungary blocked the EU's aid package for Ukraine.", 'REJECT'),
    ('Iran refused to allow inspectors into the site.', 'REJECT'),
    ("The Taliban rebuffed calls to reopen girls' schools.", 'REJECT'),
    ("Venezuela refused to recognise the court's ruling.", 'REJECT'),
    ('Moscow called off the talks with Washington.', 'REJECT'),
    ('Pakistan ruled out any talks with India.', 'REJECT'),
    ('Serbia refused to join EU sanctions against Russia.', 'REJECT'),
    ('China called the accusations a smokescreen.', 'REJECT'),
    ('The Greek prime minister cancelled a meeting with his British counterpart.', 'REJECT'),
    ('Azerbaijan postponed the peace talks indefinitely.', 'REJECT'),
    # THREATEN
    ('Trump threatened to impose tariffs of 50 percent on EU goods.', 'THREATEN'),
    ('Iran warned Israel of a crushing response.', 'THREATEN'),
    ('North Korea threatened to use nuclear weapons.', 'THREATEN'),
    ('China warned of countermeasures if Manila continued.', 'THREATEN'),
    ('The Houthis vowed to keep attacking ships in the Red Sea.', 'THREATEN'),
    ('Moscow warned that it would retaliate against any seizure of its assets.', 'THREATEN'),
    ('Erdogan threatened to launch a new military operation in Syria.', 'THREATEN'),
    ('Washington issued an ultimatum to Caracas.', 'THREATEN'),
    ('Putin warned the West against sending troops to Ukraine.', 'THREATEN'),
    ('The junta threatened to expel the UN mission.', 'THREATEN'),
    # PROTEST
    ('Dock workers walked off the job at ports along the US East Coast.', 'PROTEST'),
    ('The Serbian opposition boycotted the parliamentary vote.', 'PROTEST'),
    ('Jailed Egyptian activists launched a hunger strike.', 'PROTEST'),
    ('German workers downed tools at the Volkswagen plant in Wolfsburg.', 'PROTEST'),
    ('Thousands of people rallied in Belgrade against the government.', 'PROTEST'),
    ('Farmers blocked highways across France with tractors.', 'PROTEST'),
    ('Doctors in South Korea went on strike over the reform.', 'PROTEST'),
    ('Students staged a sit-in at the university in Dhaka.', 'PROTEST'),
    ('Demonstrators marched to the parliament in Nairobi.', 'PROTEST'),
    ('Tens of thousands took to the streets of Tel Aviv.', 'PROTEST'),
    ('Crowds gathered outside the Israeli embassy in Amman.', 'PROTEST'),
    ('Thousands of Georgians demonstrated in Tbilisi for a fifth night.', 'PROTEST'),
    ('Protesters burned tyres and blocked roads in Port-au-Prince.', 'PROTEST'),
    ('Opposition supporters held a rally in Kampala.', 'PROTEST'),
    # SANCTION
    ('Washington slapped sanctions on three Chinese refineries.', 'SANCTION'),
    ('The EU adopted a 16th package of sanctions against Russia.', 'SANCTION'),
    ('Canada imposed a 25 percent tariff on Chinese steel.', 'SANCTION'),
    ('Britain expelled a Russian defence attache.', 'SANCTION'),
    ('Mali broke off diplomatic relations with Ukraine.', 'SANCTION'),
    ('China suspended imports of Japanese seafood.', 'SANCTION'),
    ('The US Treasury blacklisted two Iranian oil traders.', 'SANCTION'),
    ('Niger revoked a military cooperation agreement with the United States.', 'SANCTION'),
    ('Beijing halted rare-earth exports to the United States.', 'SANCTION'),
    ('Algeria recalled its ambassador from Paris.', 'SANCTION'),
    ('The Netherlands restricted exports of chip-making machines to China.', 'SANCTION'),
    ('Ecuador cut diplomatic ties with Mexico.', 'SANCTION'),
    ('Russia banned imports of Moldovan wine.', 'SANCTION'),
    ('India suspended the Indus Waters Treaty with Pakistan.', 'SANCTION'),
    ('Trump raised tariffs on Canadian goods to 35 percent.', 'SANCTION'),
    ('The EU froze 6.3 billion euros of funds for Hungary.', 'SANCTION'),
    ('Moscow kicked out two Estonian diplomats.', 'SANCTION'),
    ('Brazil cancelled a $1 billion arms purchase from Israel.', 'SANCTION'),
    ('Niger ordered the French ambassador to leave the country.', 'SANCTION'),
    ('The United States added 80 Chinese firms to its export blacklist.', 'SANCTION'),
    ('The Burkinabe junta withdrew from ECOWAS.', 'SANCTION'),
    ('China placed export controls on gallium and germanium.', 'SANCTION'),
    ('Ottawa downgraded diplomatic relations with Riyadh.', 'SANCTION'),
    ('The European Union imposed anti-dumping duties on Chinese electric vehicles.', 'SANCTION'),
    # MOBILIZE
    ('The Indian army stationed additional units along the frontier with China.', 'MOBILIZE'),
    ('Russia moved troops and tanks to the Belarusian border.', 'MOBILIZE'),
    ('The Pentagon dispatched an aircraft carrier to the eastern Mediterranean.', 'MOBILIZE'),
    ('North Korea fired a ballistic missile into the Sea of Japan.', 'MOBILIZE'),
    ('Taiwan put its forces on high alert.', 'MOBILIZE'),
    ('Israel called up 300,000 reservists.', 'MOBILIZE'),
    ('China sent 71 warplanes toward Taiwan.', 'MOBILIZE'),
    ('Iran conducted a large-scale air defence drill.', 'MOBILIZE'),
    ('Pakistan placed its air force on alert.', 'MOBILIZE'),
    ('Poland sent 10,000 troops to the border with Belarus.', 'MOBILIZE'),
    ('The US Air Force deployed B-52 bombers to the Middle East.', 'MOBILIZE'),
    ('Venezuela massed troops near the border with Guyana.', 'MOBILIZE'),
    ('Russian warships sailed through the English Channel.', 'MOBILIZE'),
    ('Chinese navy ships encircled the island in live-fire exercises.', 'MOBILIZE'),
    ('Moscow ordered a partial mobilisation of reservists.', 'MOBILIZE'),
    ('India stepped up security along the Line of Control.', 'MOBILIZE'),
    ('Britain scrambled Typhoon jets to intercept Russian bombers.', 'MOBILIZE'),
    ('The Houthis test-launched a new hypersonic missile.', 'MOBILIZE'),
    ('Egypt reinforced its border with Gaza with tanks.', 'MOBILIZE'),
    ('NATO sent warships to the Baltic Sea after the cable damage.', 'MOBILIZE'),
    # COERCE: closing a border or airspace (ANNOTATION.md, Conventions of 2026-11-28, rule 8)
    ('Pakistan closed its airspace to Indian airlines.', 'COERCE'),
    # ASSAULT
    ('Russian drones struck an apartment block in Odesa overnight.', 'ASSAULT'),
    ('Israeli warplanes pounded targets in southern Lebanon.', 'ASSAULT'),
    ('Gunmen killed 12 villagers in northern Nigeria.', 'ASSAULT'),
    ('A suicide bomber blew himself up at a mosque in Peshawar.', 'ASSAULT'),
    ('Ukrainian forces launched a drone attack on a Russian oil refinery.', 'ASSAULT'),
    ("Sudan's paramilitary RSF shelled a camp for displaced people.", 'ASSAULT'),
    ('Houthi rebels fired missiles at a commercial ship in the Red Sea.', 'ASSAULT'),
    ('Israel carried out airstrikes on Houthi targets in Yemen.', 'ASSAULT'),
    ('Al-Shabaab militants stormed a hotel in Mogadishu.', 'ASSAULT'),
    ('Armed men abducted 20 students from a school in Kaduna.', 'ASSAULT'),
    ('Pakistani troops clashed with Afghan Taliban fighters at the border.', 'ASSAULT'),
    ('A Russian missile hit a hospital in Kyiv.', 'ASSAULT'),
    ('Jihadists ambushed a military convoy in Burkina Faso.', 'ASSAULT'),
    ('Israeli settlers set fire to Palestinian homes.', 'ASSAULT'),
    ('Ukrainian drones targeted an airbase in Crimea.', 'ASSAULT'),
    ('India launched missile strikes on nine sites in Pakistan.', 'ASSAULT'),
    ('Rebels overran an army base in eastern Congo.', 'ASSAULT'),
    ('A car bomb exploded outside a police station in Kabul.', 'ASSAULT'),
    ('Russia bombarded Kharkiv with glide bombs.', 'ASSAULT'),
]


@pytest.mark.parametrize("text, type_", _WORDINGS)
def test_event_coverage_wire_wordings(nlp, text, type_):
    events = _events(nlp, text)
    assert type_ in {e.type for e in events}, [(e.type, e.trigger.text, e.rule) for e in events]


# A definite event noun heading its clause re-mentions the earlier event (its type, not only its
# own row's), even when the verb is no event verb; a generic bare plural does not.
@pytest.mark.parametrize(
    "text, type_",
    [
        ('China launched large-scale military drills around Taiwan on Monday. The drills also reached waters near the Japanese island of Yonaguni.', 'MOBILIZE'),
        ('Japanese and Chinese foreign ministers met in Tokyo on Friday. The meeting exposed deep divisions over Taiwan.', 'CONSULT'),
        ('North Korea fired a ballistic missile on Tuesday. The launch came a day after the United States and South Korea ended their exercises.', 'MOBILIZE'),
        ('Trump spoke with Xi by phone on Thursday. The call lasted about 90 minutes.', 'CONSULT'),
        ('Washington imposed new sanctions on Caracas. The sanctions threaten a fragile recovery of the Venezuelan economy.', 'SANCTION'),
        ('Washington said it would cut its troops in Germany by 5,000. The reduction will affect units in Bavaria.', 'CONCEDE'),
        ('The EU raised tariffs on US whiskey. The higher levies will apply to goods worth about 8 billion euros.', 'SANCTION'),
        ('M23 rebels attacked the town of Uvira. The fighting has spread along the western shore of Lake Tanganyika.', 'ASSAULT'),
        ('Israel withdrew its troops from southern Lebanon. The withdrawal showed what diplomacy can deliver, the US envoy said.', 'RETREAT'),
        ('Putin and Erdogan held talks in Sochi. The talks focused on grain exports.', 'CONSULT'),
        ('Russian drones struck Odesa overnight. The attack damaged port infrastructure.', 'ASSAULT'),
        ('Hamas released four hostages on Saturday. The release came after weeks of delays.', 'RETREAT'),
        ('Israel struck targets in Yemen. The latest strikes hit the port of Hodeidah.', 'ASSAULT'),
        ('Lavrov met Wang Yi in Beijing on Monday. The meeting came days before a planned summit.', 'CONSULT'),
        ('The United States imposed tariffs on Chinese steel. The tariffs take effect on Friday.', 'SANCTION'),
        ('Russia deployed warships to the Baltic. The deployment alarmed Estonia.', 'MOBILIZE'),
        ("Israeli jets bombed Beirut's southern suburbs. The strikes killed 12 people, Lebanese officials said.", 'ASSAULT'),
        ('Police arrested 50 protesters in Tbilisi. The arrests drew condemnation from the EU.', 'COERCE'),
        ('Japan sent 20 tonnes of aid to Myanmar. The shipment arrived in Yangon on Tuesday.', 'AID'),
        ('India and France held joint naval exercises in the Indian Ocean. The exercises ended on Sunday.', 'COOPERATE'),
    ],
)
def test_event_coverage_re_mentions(nlp, text, type_):
    later = [e for e in _events(nlp, text) if e.sentence >= 1]
    assert type_ in {e.type for e in later}, [(e.type, e.trigger.text, e.rule) for e in later]


@pytest.mark.parametrize(
    "text, type_",
    [
        ('Sanctions rarely work, the economist said.', 'ASSAULT'),
        ('Sanctions rarely change the behaviour of governments, experts say.', 'SANCTION'),
        ('Arsenal tried for a late equaliser but failed.', 'ACCUSE'),
        ('Fans rushed onto the pitch after the final whistle.', 'AID'),
        ('Fans rushed onto the pitch after the final whistle.', 'MOBILIZE'),
        ('The company shipped a record number of phones last quarter.', 'COOPERATE'),
        ('The striker walked off the pitch with an injury.', 'PROTEST'),
        ('Security was tight at the stadium in Madrid.', 'MOBILIZE'),
        ('Tech stocks exploded higher on Wall Street.', 'ASSAULT'),
        ('The central bank released inflation figures on Tuesday.', 'RETREAT'),
        ('The band released a new album in London.', 'RETREAT'),
        ('Sanctions rarely change the behaviour of governments, experts say.', 'SANCTION'),
        ('The judge tried to calm the courtroom.', 'ACCUSE'),
        ('The company set up a new factory in Vietnam.', 'AID'),
        ('The company set up a new factory in Vietnam.', 'AGREE'),
        ('Anger grew among residents of the town.', 'ACCUSE'),
    ],
)
def test_event_coverage_other_senses(nlp, text, type_):
    events = _events(nlp, text)
    assert type_ not in {e.type for e in events}, [(e.type, e.trigger.text, e.rule) for e in events]


# Q2: a definite noun naming an act told before is its own event wherever it stands, not a generic
# one; Q3: a threat whose content is a noun is one event; a definite time anchor told nowhere else,
# and an act denied by "without", are no events. The types of the last sentence's events.
@pytest.mark.parametrize(
    "text, types",
    [
        ('Vietnam accused China of ramming its fishing boats. Beijing rejected the allegations.', {'REJECT', 'ACCUSE'}),
        ('Seoul warned Pyongyang of a firm response. North Korea dismissed the warning.', {'REJECT', 'THREATEN'}),
        ('Kenyan police arrested 30 protesters in Nairobi. Amnesty International condemned the arrests.', {'ACCUSE', 'COERCE'}),
        ('Japanese and Chinese diplomats met in Tokyo. Seoul welcomed the talks.', {'SUPPORT', 'CONSULT'}),
        ('Chile criticised Peru over the border dispute. Lima rejected the move.', {'REJECT'}),
        ('Norway threatened new fishing quotas against the European Union.', {'THREATEN'}),
        ('Norway threatened to cut the fishing quotas of EU trawlers.', {'THREATEN', 'SANCTION'}),
        ('Indian troops were placed on high alert along the Line of Control after the attack.', {'MOBILIZE'}),
        # the captivity a release ends is no act of its own (event_same_act._held_until_release)
        ('Israel freed 30 Palestinian prisoners held without charge.', {'RETREAT'}),
        ('Two French citizens have been held in Iran for three years on espionage charges.', {'COERCE', 'ACCUSE'}),
    ],
)
def test_event_coverage_re_mentions_and_threat_contents(nlp, text, types):
    events = _events(nlp, text)
    last = [e for e in events if e.sentence == max(e.sentence for e in events)]
    assert {e.type for e in last} == types, [(e.type, e.trigger.text, e.rule) for e in events]


def test_event_coverage_re_mention_coded_as_the_act_it_names(nlp):
    text = ("The United States will withdraw 5,000 troops from Germany by the end of the year, the Pentagon "
            "announced. German officials said the decision came as a surprise. The cut will affect units in Bavaria.")
    later = [e for e in _events(nlp, text) if e.sentence == 2]
    assert [(e.type, e.trigger.text) for e in later] == [("CONCEDE", "cut")], [e.rule for e in later]


# Sentence-level remainder: a coordinated clause with its own subject is no part of a warning's
# content; "called the accusations a smokescreen" is a rejection; an order to move forces is the
# move; electricity delivered is trade; a convoy carrying aid that reaches a place delivers it.
@pytest.mark.parametrize(
    "text, type_, status",
    [
        ('Lukashenko warned that Belarus would respond if Poland provoked it, and the Belarusian '
         'Foreign Ministry accused Warsaw of militarizing the border.', 'ACCUSE', 'asserted'),
        ('A Rwandan government spokeswoman called the accusations a smokescreen for the failures of the Congolese army.', 'REJECT', None),
        ('The Pentagon ordered the destroyer USS Carney to move towards the Strait of Hormuz.', 'MOBILIZE', None),
        ('Putin ordered the Russian armed forces to hold exercises with tactical nuclear weapons.', 'MOBILIZE', None),
        ('Kuwait began delivering 500 megawatts of electricity to southern Iraq.', 'COOPERATE', None),
        ('A convoy of the World Food Programme carrying flour reached northern Gaza on Sunday.', 'AID', None),
        ('Jordanian aid trucks crossed into Syria on Tuesday.', 'AID', None),
    ],
)
def test_event_coverage_sentence_level_remainder(nlp, text, type_, status):
    events = [e for e in _events(nlp, text) if e.type == type_]
    assert events and (status is None or events[0].status == status), [(e.type, e.status, e.rule) for e in _events(nlp, text)]


@pytest.mark.parametrize(
    "text, type_",
    [
        ('Niger ordered all French troops to leave the country by March.', 'MOBILIZE'),
        ('A Russian military convoy reached the Ukrainian border on Sunday.', 'AID'),
        ('The Chinese foreign ministry called on the United States to stop arming Taiwan.', 'REJECT'),
    ],
)
def test_event_coverage_sentence_level_other_senses(nlp, text, type_):
    assert type_ not in {e.type for e in _events(nlp, text)}


# More wire wordings of the types the blind measure finds weakest (RETREAT, COOPERATE, CONCEDE,
# COERCE, AID): reported speech, passives, participles, nominalisations.
@pytest.mark.parametrize(
    "text, type_",
    [
        ("Russian forces have pulled out of the village, Ukraine's military said on Tuesday.", 'RETREAT'),
        ('The prisoners were freed in a swap mediated by the United Arab Emirates.', 'RETREAT'),
        ('Some 200 Ukrainian soldiers returned home on Friday in the latest exchange with Russia.', 'RETREAT'),
        ('Israel has begun withdrawing its forces from the northern Gaza Strip, the army said.', 'RETREAT'),
        ('Under the deal, Hamas released 33 hostages and Israel freed about 1,900 Palestinian prisoners.', 'RETREAT'),
        ('The release of the two Britons was secured after months of negotiations with Iran.', 'RETREAT'),
        ("Burkina Faso's junta lifted a ban on political parties on Monday.", 'CONCEDE'),
        ("The United States eased sanctions on Syria's banking sector.", 'RETREAT'),
        ('The Venezuelan government freed 10 Americans in exchange for 250 Venezuelans deported by the United States.', 'RETREAT'),
        ('Azerbaijan returned the bodies of two Armenian soldiers.', 'RETREAT'),
        ('Thailand reopened its border crossings with Cambodia on Saturday.', 'RETREAT'),
        ('Israeli troops completed their withdrawal from the town of Jenin.', 'RETREAT'),
        ('The Malian junta released two French journalists it had held for months.', 'RETREAT'),
        ('Pyongyang handed over the remains of 55 US servicemen.', 'RETREAT'),
        ("India's defence minister resigned on Friday after a corruption scandal.", 'RETREAT'),
        ('The government of Niger lifted the curfew imposed after the coup.', 'RETREAT'),
        ('Serbian President Aleksandar Vucic accepted the resignation of Prime Minister Milos Vucevic.', 'CONCEDE'),
        ('The Kremlin said Russia was ready to halt strikes on energy facilities for 30 days.', 'CONCEDE'),
        ('Israel said it would allow the Rafah crossing to reopen next week.', 'CONCEDE'),
        ("Turkey's president said Ankara would drop its opposition to Sweden joining NATO.", 'CONCEDE'),
        ('The Sudanese army agreed to a humanitarian truce in El Fasher.', 'CONCEDE'),
        ('The Malaysian government apologised to Singapore for the incident.', 'CONCEDE'),
        ("Niger's junta promised to release all detained opposition figures.", 'CONCEDE'),
        ('Tehran offered to cap uranium enrichment at 3.67 percent.', 'CONCEDE'),
        ('The Philippine president offered to pardon the detained activists.', 'CONCEDE'),
        ('The Colombian government agreed to suspend military operations against the ELN.', 'CONCEDE'),
        ('Washington said it would pull 700 Marines out of Los Angeles.', 'CONCEDE'),
        ('Russian and Chinese warships carried out joint patrols in the Pacific.', 'COOPERATE'),
        ("Poland's state arms company signed a contract with South Korea's Hanwha to buy rocket launchers.", 'COOPERATE'),
        ('Greek and Cypriot firefighters worked together to contain the blaze.', 'COOPERATE'),
        ('Italian prosecutors are working with their Albanian counterparts on the case.', 'COOPERATE'),
        ('Washington approved the sale and transfer of 30 F-16 jets to Turkey.', 'COOPERATE'),
        ('Hong Kong police arrested six people for sedition on Tuesday.', 'COERCE'),
        ('Iran executed a man convicted of spying for Israel.', 'COERCE'),
        ('Turkish police detained more than 100 people in raids across the country.', 'COERCE'),
        ('Israeli forces detained 20 Palestinians in overnight raids in the West Bank.', 'COERCE'),
        ('The Taliban banned women from working for NGOs.', 'COERCE'),
        ('Russia labelled the newspaper an undesirable organisation.', 'COERCE'),
        ("Venezuelan intelligence agents seized the opposition leader's aide.", 'COERCE'),
        ('Tunisia jailed a prominent opposition politician for three years.', 'COERCE'),
        ("Myanmar's junta shut down mobile internet in 20 townships.", 'COERCE'),
        ('Police in Tbilisi forcibly dispersed the protesters with water cannon.', 'COERCE'),
        ('Russian authorities placed a US journalist in pretrial detention.', 'COERCE'),
        ('Nicaragua stripped the bishop of his citizenship and expelled him to Rome.', 'COERCE'),
        ('Egypt deported 50 Sudanese refugees.', 'COERCE'),
        ('Chinese authorities expelled a Canadian diplomat.', 'SANCTION'),
        ('Israeli authorities demolished a Palestinian school in the West Bank.', 'ASSAULT'),
        ('The European Union announced 120 million euros in humanitarian assistance for Gaza.', 'AGREE'),
        ('Denmark will finance the production of Ukrainian howitzers.', 'AGREE'),
        ('The United States provided Ukraine with intelligence on Russian targets.', 'AID'),
        ("The World Bank released $300 million for Lebanon's reconstruction.", 'AID'),
        ("Saudi Arabia deposited $2 billion in Egypt's central bank.", 'AID'),
        ("Qatar supplied fuel to Gaza's power plant.", 'AID'),
        ('Japan granted Vietnam a loan of 40 billion yen.', 'AID'),
        ('Chinese rescue teams arrived in Myanmar after the earthquake.', 'AID'),
    ],
)
def test_event_coverage_weak_types(nlp, text, type_):
    events = _events(nlp, text)
    assert type_ in {e.type for e in events}, [(e.type, e.trigger.text, e.rule) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        'The European Union and Mercosur finalised a free trade agreement after 25 years of talks.',
        'Japan and Britain concluded a defence agreement on Monday.',
    ],
)
def test_event_coverage_finalised_agreements_are_support(nlp, text):
    assert 'SUPPORT' in {e.type for e in _events(nlp, text)}

