# The rule sets known, with their dates.
$ rusctl rules --lang en
--- exit 0
--- stdout
ID                      KIND      DECISIONS                                VERSION     SOURCE
ra-2014                 practice  1 July 2014 – 7 April 2022               2014-07-01  Prosecution practice under the Director of Public Prosecutions' circular 2/2014
hr-2022                 practice  from 8 April 2022                        2022-07-01  Practice after the Supreme Court rulings of 8 April 2022 and the Director of Public Prosecutions' letter of 13 May 2022
nou-2019-26-flertall    proposal  never in force                           2019-12     NOU 2019:26 drug reform, majority proposal (8 members)
nou-2019-26-mindretall  proposal  never in force                           2019-12     NOU 2019:26 drug reform, minority proposal (2 members)
prop-92-l-2021          proposal  never in force                           2021        Prop. 92 L (2020–2021) drug reform bill, lower and upper thresholds
lov-2025                statute   adopted 20 June 2025; in force: unknown  2025-06-20  Act amending the Penal Code and the Medicines Act (handling small quantities of drugs for own use), LOV-2025-06-20-83
Show thresholds and sources: rusctl rules show ID
--- stderr
