/**
 * The 2018-19 Q2 corporate parenting scorecard, transcribed from the circulated PDF
 * (seeds/scorecard-2018-19-q2.txt) so the project needs nothing outside itself. Figures are
 * written as the PDF shows them ('91.0%', '400-450', 'Supressed' sic); make-sample.ts turns them
 * into cells. Glyphs the PDF mangled are restored; the truncated P2.6 comment is kept as it is.
 * Q3, Q4, RAG and direction are empty: the analyst has not rated this quarter yet.
 */

export interface MeasureRow {
  ref: string;
  source: string;
  lead: string;
  measure: string;
  polarity: '' | 'High is Good' | 'Low is Good';
  statNeighbour: string;
  national: string;
  target: string;
  yearEnd: string;
  q1: string;
  q2: string;
  comments: string;
  cypPriority: string;
  corporatePriority: string;
}

export type ScorecardLine =
  | { kind: 'section'; label: string }
  /** The PDF repeats the title and header at each page break; the workbook has the copies too. */
  | { kind: 'pageBreak' }
  | ({ kind: 'measure' } & MeasureRow);

export const TITLE = 'CORPORATE PARENTING SCORECARD 2018-19';

export const HEADER_TOP = [
  'Ref', 'Info available from', 'Commentary/ Lead', '', 'Polarity', 'Stat Neigh', 'National', 'Target', 'Yr. end',
  'Qu 1', 'Qu 2', 'Qu 3', 'Qu 4', 'RAG', 'Quarterly dir of travel', 'Comments', 'C&YP Plan Priority', 'Corporate Priority',
];
export const HEADER_BOTTOM = ['', '', '', '', '', 'Av', 'Av', '', '17-18', '18-19', '18-19', '18-19', '18-19', '', '', '', '', ''];

const SAFE = '2 Feel & Be Safe';
const SKILLS = '5 Best Skills & Quals';
const HEALTHY = '4 Being Healthy and Making Positive Choices';
const EMOTIONAL = '3 Good emotional and mental health and wellbeing';
const O3 = 'Outcome 3';
const O5 = 'Outcome 5';
const HIGH = 'High is Good';
const LOW = 'Low is Good';
const LR = 'Laura Rogerson';
const LRS = 'Laura Rogerson/ scorecard';
const JH = 'Jacqui Hall';
const SA = 'Sam Ankers';

type Fields = [
  ref: string, source: string, lead: string, measure: string, polarity: MeasureRow['polarity'], statNeighbour: string, national: string,
  target: string, yearEnd: string, q1: string, q2: string, comments: string, cypPriority: string, corporatePriority: string,
];

function m(...f: Fields): ScorecardLine {
  const [ref, source, lead, measure, polarity, statNeighbour, national, target, yearEnd, q1, q2, comments, cypPriority, corporatePriority] = f;
  return { kind: 'measure', ref, source, lead, measure, polarity, statNeighbour, national, target, yearEnd, q1, q2, comments, cypPriority, corporatePriority };
}

function section(label: string): ScorecardLine {
  return { kind: 'section', label };
}

export const LINES: ScorecardLine[] = [
  section('General'),
  m('G1', 'BI Team', 'Kerry Birtles', 'Number of cared for children', '', '', '', '400-450', '477', '496', '495',
    'Statistical first release for 2017-18 confirms a national rise in the average rate of cared for children per 10,000 from 62 to 64. Statistical neighbour average has risen from 58 to 61, with rates ranging from 37 to 90. CE is positioned joint 4th highest. The Northwest average has risen from 86 to 91. In Q2 Cheshire East has experienced a significant reduction in the rate of individuals entering the care system falling from 56 in Q1 to 34 in Q2 (a reduction of 39%). This is in part due to a focus on permanency planning at the earliest stages of social work intervention and may reflect early indications of the success of Signs of Safety and the safety plans focussing on home and community based support.',
    SAFE, O5),
  m('G2', 'BI Team', 'Kerry Birtles', 'Rate per 10,000 cared for children', '', '61', '64', '52.7 - 59.3', '62.9', '65.4', '65.3', 'As above.', SAFE, O5),
  m('G3', 'BI Team', SA, 'Number of care leavers', '', '', '', '', '207', '214', '217',
    'This represents all eligible, relevant and former relevant care leavers who are supported with access to a Personal Advisor (PA) to offer help and guidance as they move to independence together with financial support as appropriate to individual needs.',
    SAFE, O5),
  section('Priority 1 - Being a Good Corporate Parent'),
  m('P1.1', 'Sue Preston', 'Sue Preston', 'Number of eligible children and young people accessing advocacy services', HIGH, '', '', '', '', '57', '51',
    'Of the cases open in quarter 2, 44 were issue based cases, 24 in care, 14 Care Leavers, 5 Disability and 1 Asylum Seeker. The issues were 11 representation, 9 placement issues, 7 complaints, 7 contact to see own child, 4 transition, 2 legal issue 1 educational issue, 1 Financial, 1 age assessment and 1 inappropriate referral. The other 7 advocacy cases are open to children who were on a child protection plan.',
    SAFE, O5),
  m('P1.2', 'BI Team', 'Karen Chan', '% cared for children reviews in timescales', HIGH, '', '', '', '91.0%', '97%', '95%',
    'The performance continues to be good. Reviews that fall out of timescales are a theme considered at monthly performance meetings so the reasons for all relevant children are understood. Action, where required, is taken through supervision. The figure does not reflect the quality of reviews and outcomes for children and young people and the service is working to improve this. The priority focus on improvements expected in permanency plans being available at second reviews will also have a positive impact here as it will mean fewer reviews are cancelled, causing delays.',
    SAFE, O5),
  m('P1.3', 'BI Team', 'Karen Chan', '% of children and young people involved in their reviews', HIGH, '', '', '', '98.5%', '98.5%', '98%',
    'The performance is good. 4 individuals identified as not involved in their review. Whilst every effort is made to actively involve children and young people in a variety of ways, they have the right to refuse to participate. 3 of the 4 individuals where this was recorded were aged 15+.',
    SAFE, O5),
  section('Priority 2 - Improved Education, Employment and Training'),
  m('P2.1', LRS, LR, '% of cared for children accessing 2-4 yr old provision (quarterly)', HIGH, '', '', '90%', '97%', '97%', '',
    'This data is only produced on a termly basis.', SKILLS, O3),
  m('P2.2', LRS, LR, 'Percentage of completed PEPs (Termly)', HIGH, '', '', '90%', '94%', '80%', '',
    'This data is only produced on a termly basis. The Virtual School works closely with all relevant schools and social workers to ensure each pupil receives a completed PEP on a termly basis and that the content is reviewed to ensure each child and young person has access to the support they need. The recent Ofsted focussed visit report highlights the strength and proactivity of the Virtual School.',
    SKILLS, O3),
  m('P2.3', LRS, LR, '% attendance at primary school of children in care (quarterly figure is all cared for children at month end rather than those in care for 12mths which are published figs)', HIGH, '', '', '96%', '96%', '97%', '95%',
    'The virtual School head is meeting advisors every 2 weeks to review attendance to set clear actions and targets. Attendance has improved from same time last year.',
    SKILLS, O3),
  m('P2.4', LRS, LR, '% attendance at secondary school of children in care (quarterly figure is all cared for children at month end rather than those in care for 12mths which are published figs)', HIGH, '', '', '96%', '94%', '92%', '95%',
    'The Virtual School Head is meeting advisors every 2 weeks to review attendance to set clear actions and targets, attendance has improved from same time last year.',
    SKILLS, O3),
  m('P2.5', LRS, LR, '% of Primary pupils with less than 90% attendance (ytd)', LOW, '', '', '8%', '5%', '6%', '6%',
    'The Virtual School head meets with advisors every 2 weeks to review all children with attendance below 90% to ensure that interventions are put into place. The Q2 figure is lower than the same time last year.',
    SKILLS, O3),
  m('P2.6', LRS, LR, '% of Secondary pupils with less than 90% attendance (ytd)', LOW, '', '', '9%', '11%', '16%', '18%',
    'The Virtual School Head meets with advisors every 2 weeks to review all children below 90% this includes analysing data for exclusions due to impact on attendance. Actions and targets are in place with a clear tracking do',
    SKILLS, O3),
  m('P2.7', LRS, LR, 'Number of Permanent Exclusions 1/2 termly - Primary', LOW, '', '', '', '1', '0', '0', 'No change from previous quarter.', SKILLS, O3),
  m('P2.8', LRS, LR, 'Number of Permanent Exclusions 1/2 termly - Secondary', LOW, '', '', '', '0', '0', '0', 'No change from previous quarter.', SKILLS, O3),
  m('P2.9', LRS, LR, '% of cared for children in good or outstanding schools', HIGH, '', '', '', '60%', '79%', '82%',
    'The percentage has increased from the same period last year. Whilst it is the ideal that every individual is in a good or outstanding setting, a reduced Ofsted rating would not result in an automatic move for an individual. Rather the Virtual School, together with the setting, would ensure that the appropriate support was in place to ensure that the education of individuals was not compromised. A process is in place to risk assess any school below Good before a school move is confirmed, with regular reviews with the Virtual School Advisor to ensure children are making appropriate progress and effective support is in place.',
    SKILLS, O3),
  m('P2.10', LRS, LR, 'Number of children living in educational/ residential provision', LOW, '', '', '', '9', '8', '8', 'No change from previous quarter.', SKILLS, O3),
  m('P2.11', LRS, LR, '% 16-18 year olds in Care that are NEET (monthly )', LOW, '', '', '', '7%', '6%', '12%',
    'Every young person is discussed at NEET Panel (Post-16 Virtual School Advisor and Permanence Team) which is held every month to ensure that clear interventions are put into place to support moving young people back into education.',
    SKILLS, O3),
  m('P2.12', LRS, LR, '% 16-18 year old Care leavers that are NEET', LOW, '', '', '', '12%', '20%', '50%',
    'There are a total of 40 individuals in the 17-18 birthday cohort. Currently there are 13 NEET who are able to work and being supported by a PA. Whilst 2 are unable to work, 1 is involved with re-engagement provision and 1 in positive activities. The remaining are unable to work due to either mental health issues, disability/ illness or pregnancy/ parenting.',
    '', O3),
  { kind: 'pageBreak' },
  m('P2.13', SA, SA, '% of care leavers accessing Higher Education (University)', HIGH, '', '', '', '10%', '9%', '9%',
    'No change since the last quarter, however, many courses will not be confirmed until the end Sept/ beginning of October so it is possible that there will be a change in Q3.',
    SKILLS, O3),
  m('P2.14', SA, SA, 'Number of Cheshire East care leavers in apprenticeships (18+)', HIGH, '', '', '', '7', '9', '10',
    'Increase of one young person starting an apprenticeship. All apprenticeships are external. Two are with a commissioned service (Ringway Jacobs).',
    SKILLS, O3),
  m('P2.15', SA, SA, '% 19 - 21 year Care leavers NEET', LOW, '', '', '', '23%', '52%', '57%',
    'There are currently 39 individuals in the 19th birthday cohort - 17 are in education, employment and training (EET) and 22 are not (NEET - 7 of which are engaged in positive activities). There are 35 individuals in the 20th birthday cohort - 15 are EET and 20 are NEET (9 of which are engaged in positive activity and 1 with no contact). There are 41 individuals in the 21st birthday cohort - 18 are EET and 23 are NEET (6 engaged in positive activity) Of this cohort 6 individuals are in custody. If you include those engaging in positive activity the percentage drops to 37%.',
    SKILLS, O3),
  m('P2.16', SA, SA, '21-25 year olds in EET', HIGH, '', '', '', '', '', '',
    'Currently exploring what is routinely captured when 21-25 yr olds get in touch - developments in the system will be required to report around this.',
    SKILLS, O3),
  section('Priority 3 - Achieving Permanence and Staying Safe'),
  m('P3.1', JH, JH, 'Number of cared for children in internal foster care', HIGH, '', '', '', '150', '158', '147',
    'The overall percentage of cared for children in internal foster care has remained the same, with slightly more individuals still in CE/ Friends and family placements (211 compared to 119 in external foster care). This remains a positive impact as internal foster carers will be within CE, and will most likely result in less disruption for individuals in terms of continuity of schools and access to friends/ family network where possible. This will also impact positively on budgets as the cost of an internal placement is substantially less than external foster care. Excluding respite beds we are currently at 83% occupancy levels, in line with last quarter. Of the 28 vacant beds only 4 are currently available.',
    SAFE, O5),
  m('P3.2', JH, JH, 'Number of cared for children in external foster care', LOW, '', '', '', '112', '112', '119',
    'Whilst the number of cared for children in external foster care remains fairly static, we are still focussed on achieving a reduction in the use of independent foster agencies where possible, through our ongoing collaborative work with Foster4.',
    SAFE, O5),
  m('P3.3', JH, JH, 'Number of children and young people in residential care', LOW, '', '', '', '36', '35', '36',
    "The number of individuals in residential provision remains static, albeit still higher than we would like to see, particularly given the high use of independent provision. We are currently completing the tendering process and contract awards for the reestablishment of Cheshire East based children's homes in order to ensure that where residential provision is required, those individuals will remain within Cheshire East and therefore receive consistency of health and education provision.",
    SAFE, O5),
  m('P3.4', JH, JH, '% cared for children placed over 20 miles from home address (Cheshire East and out of borough)', LOW, '', '', '', '24%', '24%', '24%',
    'Excluding unaccompanied asylum seekers, 115 individuals are placed over 20 miles from home (15 in LA, 100 out of LA boundaries). Of these, 40 are placed with either family and friends, placed for adoption, with their own parents or in a long term matched placement and a further 5 in residential schools.',
    SAFE, O5),
  m('P3.5', JH, 'Kerry Birtles', '% of cared for children with a plan for permanence endorsed at 2nd review', HIGH, '', '', '', '', '72%', '70%',
    '30% of children and young people had a plan that was not endorsed, which is a similar position to last quarter and reflects continued scrutiny and challenge around ensuring the best outcomes for individuals. The rest remain subject to ongoing court proceedings.',
    SAFE, O5),
  m('P3.6', JH, JH, 'Number of children who have achieved permanence in foster care', HIGH, '', '', '', '110', '95', '93',
    'Of the 93 placements, 48 are matched to CE foster carers and 45 to external foster carers.', SAFE, O5),
  m('P3.7', 'Tim Rhodes', JH, 'Number of children who require a long term home', LOW, '', '', '', '', '', '',
    'These are children who have a permanency plan of long term care but they are not in their long term placement yet - we are currently looking at how we can extract this data.',
    SAFE, O5),
  m('P3.8', JH, JH, 'Number of children that moved homes in the quarter', LOW, '', '', '', '', '97', '115',
    '115 individuals moved home in the quarter, either in a planned or unplanned way. Analysis of placement moves and stability are forming part of the developing work around regular permanency planning sessions.',
    SAFE, O5),
  m('P3.9', JH, JH, 'Number of stability meetings held', '', '', '', '', '', '', '',
    'Data currently under development - disruption or stability meeting as an option for drop down in existing form to be developed in conjunction with reporting capabilities.',
    SAFE, O5),
  m('P3.10', JH, JH, 'Number of children placed with parents', '', '', '', '', '43', '40', '44',
    'There are currently 44 individuals placed with parents (14 of these are s38(6) placements ). 6 of these placements are out of borough.', SAFE, O5),
  m('P3.11', JH, JH, 'Number of children in care living with Friends and Family', '', '', '', '', '77', '75', '63',
    'This relates to 50 friends and family placements and 13 reg 24 placements. 15 are placed out of borough and 48 in CE boundaries.', SAFE, O5),
  m('P3.12', JH, JH, '% of children ceased to be looked after due to granting of special guardianship order (SGO) - year to date figure', HIGH, '', '', '', '26%', '15%', '24%',
    'In Q2 11 out of 34 children ceased to be cared for due to granting of a special guardianship order (SGO). A designated Special Guardianship Support Team offers support to these children up until aged 18, if required.',
    SAFE, O5),
  m('P3.13', JH, JH, 'Number of children with an adoption decision', '', '', '', '', '40', '44', '51',
    'There are 51 cared for children where the plan is for adoption. This includes 17 already placed with prospective adoptive carers/ foster to adopt and 18 awaiting Placement Orders. Cheshire East arrangements within the new Regional Adoption Agency are developing with a performance framework which robustly scrutinises drift and delay for children who are placed within their prospective adoptive family.',
    SAFE, O5),
  m('P3.14', JH, JH, '% of children ceased to be looked after due to adoption - year to date figure', HIGH, '', '', '', '10%', '6%', '10%',
    'In Q2 5 out of 34 children ceased to be cared for as they achieved permanence via adoption. The total for the year to date is 7.', SAFE, O5),
  m('P3.15', JH, JH, '% children who wait less than 14 months between entering care and moving in with adoptive family (This has changed to 14 months from 16 months)', HIGH, '', '', '', '71%', '78%', '80%',
    'Please note that this indicator has reduced to being monitored at 14 month rather than 16 months in previous scorecards. Cheshire East remains well ahead of the national target. The target is based on the England average that was provided by DfE on the adoption scorecards.',
    SAFE, O5),
  m('P3.16', JH, JH, 'Average number of days between entering care and moving in with adoptive family (A1 national indicator)', LOW, '', '558', '426', '380', '293', '302',
    'Cheshire East performance has improved steadily year on year since this became monitored through the Adoption data set, from an initial position of over 700 days down to 293 in the latest quarter.',
    SAFE, O5),
  m('P3.17', JH, JH, 'Average number of days between placement order and match with adoptive family (A2 national indicator)', LOW, '', '226', '121', '81', '108', '128',
    'This has been rated as amber as it now exceeds the national target albeit we are substantially better than the national average.', SAFE, O5),
  { kind: 'pageBreak' },
  m('P3.18', JH, JH, 'Average number of days between entering care and moving in with adoptive family/ foster carer who becomes adoptive family', LOW, '', '', '426', '368', '293', '292',
    'Cheshire East performance has improved steadily year on year since this became monitored through the Adoption data set, from an initial position of over 700 days down to 293 in the latest quarter.',
    SAFE, O5),
  m('P3.19', JH, JH, '% of individuals aged 16-18 leaving care through independence', '', '', '', '', '', '69%', '83%',
    'Of the 15 16-18 year olds who left care in quarter 2, 12 achieved independence, the other 3 remained in staying put arrangements.', SAFE, O5),
  section('Priority 4 - Improve Health and Wellbeing Outcomes'),
  m('P4.1', JH, JH, '% of initial health assessments requested within 48 hours of coming into care', HIGH, '', '', '', '68%', '72%', '',
    "A meeting is in place for the New Year to revisit the process and recording to ensure alignment of the figures reported by Health and the local authority. This is likely to be due to the time lapses between information being recorded on each agency's systems between requests being sent by the LA and received by the relevant health department and completed assessments being finalised by Health and received by the LA. In order to present the most accurate picture once the analysis has been completed, a retrospective position for the year will be published.",
    HEALTHY, O5),
  m('P4.2', JH, JH, '% of initial health assessments completed by paediatricians within 20 working days', HIGH, '', '', '', '57% (63%)', '65%', '', 'See above.', HEALTHY, O5),
  m('P4.3', JH, JH, '% of review health assessments completed (ytd fig)', HIGH, '', '', '', '88%', '79%', '80%',
    'At the end of September 2018, there were 495 cared for children, 27 of which had no initial health assessment recorded, 396 had health assessments recorded within timescale and 72 had health assessments overdue.',
    HEALTHY, O5),
  m('P4.4', 'Shan McParland', 'Shan McParland', 'Number of care leavers with a health passport', HIGH, '', '', '', '', '85%', '47%',
    "In quarter 2 15 individuals turned 18 and, of those, 7 received a health passport. There are still some developments to full sharing of GP data and consent from young people to access all relevant data and ensuring all appropriate information is held on the young person's record.",
    HEALTHY, O5),
  m('P4.5', SA, SA, 'Number of pregnant care leavers (eligible, relevant and former relevant) 16+', LOW, '', '', '', '8', '1', '3',
    'Two extra young people identified as being pregnant in Q2.', HEALTHY, O5),
  m('P4.6', JH, 'Steve Nevitt', '% of young people with a SDQ score of 20 or above', LOW, '', '', '', '24%', '22%', '22%',
    'There are currently 65 individuals with an SDQ score of 20 or above recorded on the system. The highest score is 35', EMOTIONAL, O5),
  m('P4.7', 'Nadine Warde', '', '% of young people where we have undertaken an emotional wellbeing screening tool', '', '', '', '', '', '', '',
    'This is currently not available in a readily extractable format, so work will need to be completed with the service to enable regular reporting of this figure.',
    EMOTIONAL, O5),
  m('P4.8', 'Bev Harding', 'Bev Harding', 'Number of cared for children that went missing 5 times or more (quarterly figure is 5 or more times in any month in that quarter)', LOW, '', '', '', '27', '9', '11',
    'This is made up of 3 individuals placed in CE and 8 placed out of LA. An increase in episodes is often seen amongst the older age groups in Q2 especially when accompanied by extremely good weather and summer holidays so a rise in numbers is not always an immediate cause for concern. However, individuals are monitored closely on a monthly basis and scrutinised for emerging patterns, together with ensuring plans are revised to reflect needs and the reasons for missing episodes fully understood and addressed.',
    SAFE, O5),
  section('Priority 5 - Preparing for Adulthood'),
  m('P5.1', 'BI Team', SA, 'Number/ % of care leavers with an up to date pathway plan', HIGH, '', '', '', '', '', '95%',
    'This should be 100% - often it is lower due to issues within the case record system. All young people have a plan.', SAFE, O5),
  m('P5.2', 'BI Team', SA, '% of care leavers in suitable accommodation', HIGH, '', '', '', '97%', '93%', '94%',
    'Of the 115 individuals in this cohort there are 8 deemed to be in unsuitable accommodation - 6 of these relate to individuals in custody. The other 2 relate to 1 individual who currently has no fixed abode and 1 individual refusing to engage in contact albeit all reasonable attempts are being made to ensure they are safe and supported.',
    SAFE, O5),
  m('P5.3', 'BI Team', 'BI Team', 'The number of young people with a CSE plan - All Individuals', '', '', '', '', '5', 'Supressed', 'Supressed',
    'Whilst the numbers on a formal plan are suppressed, CSE is still being identified as a potential issue at all levels. 44 contacts were received in Q2 where CSE was a possible area of concern for one or more members in the family, 15 of which were accompanied by a screening tool. 17 of these met the threshold for specialist priority. There were 18 assessments completed in quarter with a CSE risk considered and explored. The Safeguarding Unit conducted a thematic audit which looked at the use of the screening tool to evidence the risks or otherwise to the child. As a result there is an action plan to increase the number of screening tools completed to evidence escalating and de-escalating risk. This coincides with the launch of the new child exploitation screening tool across all agencies and training to support understanding and awareness an it is to be expected that this will drive improvement.',
    SAFE, O5),
  m('P5.4', JH, JH, '%/ number of individuals aged 16-18 that return home to parents (ytd)', '', '', '', '', '17%', '14%', '11%',
    'Of the 9 individuals who have left care in the year to date to return home to their parents 1 is aged 16+.', SAFE, O5),
  m('P5.5', 'Sarah Ramsey Louisa Joyce', 'Keith Martin', 'Number of cared for children that transition to adult services', '', '', '', '', '', '', '',
    'Identification through the preparing for adult workstream required following adults services restructure.', SAFE, O5),
  m('P5.6', 'Sarah Probert', JH, 'Number of individuals in staying put arrangement', '', '', '', '', '10', '11', '11',
    'This is currently split between 7 internal placements and 4 external placements.', SAFE, O5),
  m('P5.7', 'Lisa Blanchard', 'Lisa Blanchard', 'Number of individual offences committed by cared for children', LOW, '', '', '', '', '18', '14',
    'There was a reduction in the number of offences committed by cared for children and sentenced during quarter 2.', SAFE, O5),
  m('P5.8', 'Lisa Blanchard', 'Lisa Blanchard', 'Number of cared for children offending', LOW, '', '', '', '', 'Supressed', 'Supressed',
    'The number of current cared for children offending is supressed due to the figure being less than 5 - from a percentage perspective it would be rounded to 0.5%.',
    SAFE, O5),
];
