// Word lists the corpus is made of: names, group topics and the vocabulary of minutes.

const split = (text) => text.trim().split(/\s+/);

/** Given names; with {@link LAST_NAMES} they give 6,400 distinct full names. */
export const FIRST_NAMES = split(`
  Ada Alan Alice Amir Anil Anna Arjun Beatriz Ben Bruno Carla Chen Chiara Dana Daniel David
  Diego Elena Emma Erik Fatima Felix Gemma George Hana Hannes Ines Ivan Jana Javier Jeremy Joao
  Johnny Julia Karan Kate Kenji Lars Laura Lena Liam Lina Lucas Maria Marta Mateo Mei Mindy
  Nadia Nina Noah Olga Omar Pablo Paula Priya Rafael Rosa Ruth Sam Sara Sofia Tariq Thomas
  Tomas Uma Victor Wei Yara Yusuf Zoe Aiko Bjorn Cyril Dmitri Eva Femi Gaurav
`);

/** Family names. */
export const LAST_NAMES = split(`
  Abbott Adeyemi Alvarez Andersen Baker Bauer Becker Bianchi Brown Campbell Carvalho Chandra
  Costa Dunlap Eriksson Ferreira Fischer Garcia Gonzalez Hansen Harris Hoffmann Hughes Ito
  Jensen Johansson Kaur Keller Kim Kowalski Kurth Larsen Lee Lindqvist Lopez Martin Meyer
  Moreau Muller Nakamura Nguyen Novak Okafor Olsen Park Patel Pereira Petrov Quinn Rao Reyes
  Richter Rossi Sato Schmidt Scott Silva Singh Sokolov Suzuki Tanaka Taylor Thompson Torres
  Tran Walker Wang Weber Wilson Wright Yamamoto Young Zhang Ziegler Novotny Haddad Mensah
`);

/** Subjects of groups; each gives one group. */
export const TOPICS = split(`
  Infrastructure Release Documentation Security Networking Storage Compute Packaging Testing
  Localization Accessibility Community Marketing Governance Kernel Virtualization Containers
  Cloud Edge Telemetry Observability Performance Mobile Desktop Web Design Education Outreach
  Legal Finance Events Mentoring Hardware Firmware Bootloader Compilers Toolchain Database
  Identity Messaging Scheduling Quality Translation Interop Standards Research Ecosystem
`);

/** Words of ordinary discussion, for sentences. */
export const WORDS = split(`
  the a we agreed that this next release should include patch review build pipeline mirror
  upstream package branch merge request test suite failure flaky job runner cluster node image
  kernel module driver config option default policy proposal draft document wiki page mailing
  list thread vote quorum meeting schedule slot time zone volunteer maintainer contributor
  newcomer onboarding guide tutorial issue tracker milestone backlog priority blocker bug fix
  regression benchmark latency throughput memory disk network storage quota budget sponsor
  conference talk workshop sprint roadmap deadline freeze feature deprecation migration
  compatibility version tag changelog announcement security advisory embargo disclosure key
  signing certificate renewal domain hosting backup restore outage incident postmortem
  monitoring alert dashboard metric log retention license contributor agreement trademark
  still needs more discussion before we decide and after the last call there was no objection
  so it will go ahead unless someone raises a concern on the list by the end of the week
`);

/** Verbs that start an action's text. */
export const VERBS = split(`
  write review update send draft check ask prepare fix merge test document announce schedule
  follow investigate collect publish migrate rebuild contact summarise propose clean rotate
`);

/** IANA zones groups live in. */
export const TIME_ZONES = split(`
  UTC Europe/London Europe/Berlin Europe/Prague America/New_York America/Chicago
  America/Los_Angeles America/Sao_Paulo Asia/Tokyo Asia/Kolkata Asia/Shanghai Australia/Sydney
`);
