-- Made-up schema: "C. Marsh Farriery", a one-woman travelling farrier business run by Ciara Marsh
-- DipWCF out of a mobile forge van from her base at Bibury, Gloucestershire (the Cotswolds).
-- Prices in GBP; she is not VAT registered.
--
-- How she works:
--   * Four regular rounds a week, one per area: N = north (Northleach / Sherborne side) on Mondays,
--     E = east (Burford / Fairford side) on Tuesdays, S = south (Cirencester / Tetbury) on Thursdays,
--     W = west (Stroud valleys / Painswick) on Fridays. Wednesdays are kept free for emergencies
--     (lost shoes, abscesses), which can come any day of the week; emergency call-outs are not
--     part of a round (appts.rnd_id NULL).
--   * Horses live at livery yards or at their owners' homes (horse.yard_id NULL = kept at home).
--     A round is one day in one area; round_stops lists the livery yards stopped at on that round
--     (private homes on the way are not logged as stops).
--   * Each horse is on a shoeing plan: full set, fronts only, barefoot (trim only) or remedial
--     (vet-referred, special shoes). Next visit is booked at each visit, every cyc_wk weeks.
--   * Private owners are invoiced the evening of the visit (one invoice per owner per day) and pay
--     cash/card on the day, by bank transfer or, now and then, in instalments. Business accounts
--     (riding schools, the stud, the polo yard, the RDA group) get one invoice on the 1st of the
--     following month and a trade discount off every work line.
--   * Wasted journeys (horse not caught in, nobody there, ...) go in missed_appts and usually carry
--     a wasted-journey fee, which she sometimes waives.
--   * Josh Pearce, her apprentice, started on 1 Sep 2025 and comes on most rounds since.
--   * Prices went up about 5% on 1 Apr 2025 and again on 1 Apr 2026 (svc_list.list_px is today's list).
--   * The day book is typed up a week or so behind; the snapshot was taken on 30 Nov 2026, so visits from
--     23 Nov 2026 on still show as booked (B) and November's business-account invoices are not
--     raised yet. Records start in January 2024 when she moved off paper.
-- Codes (status, plan, reason, payment method, area) are explained in the COMMENT ON COLUMN legends.
-- Data: January 2024 to 30 November 2026. Deterministic (generate_series, modulo arithmetic and
-- hashtext, no random()). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pmts;
DROP TABLE IF EXISTS missed_appts;
DROP TABLE IF EXISTS appt_lines;
DROP TABLE IF EXISTS appts;
DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS round_stops;
DROP TABLE IF EXISTS rounds;
DROP TABLE IF EXISTS horse;
DROP TABLE IF EXISTS svc_list;
DROP TABLE IF EXISTS shoe_types;
DROP TABLE IF EXISTS owners;
DROP TABLE IF EXISTS yard;

-- ---------------------------------------------------------------- yard (livery yards)
CREATE TABLE yard (
    yard_id      smallint PRIMARY KEY,
    yard_nm      text NOT NULL,
    village      text NOT NULL,
    postcode     varchar(8) NOT NULL,
    area_cd      char(1) NOT NULL,
    yard_typ     char(1) NOT NULL,
    dist_mi      smallint NOT NULL,
    hardstand_yn char(1) NOT NULL DEFAULT 'N',
    mgr_nm       text,
    mgr_ph       varchar(15),
    active       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE yard IS 'Livery yards, riding schools and studs on the rounds';
COMMENT ON COLUMN yard.area_cd IS 'round area: N = north (Mon), E = east (Tue), S = south (Thu), W = west (Fri)';
COMMENT ON COLUMN yard.yard_typ IS 'L = livery yard, R = riding school, S = stud, F = farm';
COMMENT ON COLUMN yard.dist_mi IS 'one-way road miles from the forge at Bibury';
COMMENT ON COLUMN yard.hardstand_yn IS 'Y = has a dry hard-standing or covered bay to shoe on';
COMMENT ON COLUMN yard.mgr_nm IS 'yard manager to call on arrival; NULL = owners let me in themselves';
COMMENT ON COLUMN yard.active IS 'false = yard closed / no longer on the rounds';

INSERT INTO yard (yard_id, yard_nm, village, postcode, area_cd, yard_typ, dist_mi, hardstand_yn, mgr_nm, mgr_ph, active) VALUES
    (1,  'Coln Valley Livery',          'Coln St Dennis',     'GL54 3JU', 'N', 'L',  9, 'Y', 'Sue Parfitt',     '07700900311', true),
    (2,  'Hill Barn Equestrian',        'Northleach',         'GL54 3QE', 'N', 'L', 11, 'Y', 'Rob Tanner',      '07700900422', true),
    (3,  'Sherborne Park Stables',      'Sherborne',          'GL54 3DU', 'N', 'L', 14, 'N', NULL,              NULL,          true),
    (4,  'Windrush Riding School',      'Windrush',           'OX18 4TS', 'E', 'R', 12, 'Y', 'Helen Crisp',     '07700900533', true),
    (5,  'Burford Downs Livery',        'Burford',            'OX18 4JA', 'E', 'L', 16, 'Y', 'Dave Ockwell',    '07700900644', true),
    (6,  'Kencot Grange',               'Kencot',             'GL7 3QT',  'E', 'L', 10, 'N', NULL,              NULL,          true),
    (7,  'Ampney Fields Livery',        'Ampney Crucis',      'GL7 5RY',  'S', 'L',  8, 'Y', 'Jo Whitlock',     '07700900755', true),
    (8,  'Siddington Equestrian Centre','Siddington',         'GL7 6EX',  'S', 'R', 11, 'Y', 'Mark Ellery',     '07700900866', true),
    (9,  'Tetbury Vale Stud',           'Tetbury',            'GL8 8RX',  'S', 'S', 19, 'Y', 'Fiona Grant',     '07700900977', true),
    (10, 'Rodmarton Manor Stables',     'Rodmarton',          'GL7 6PF',  'S', 'L', 17, 'N', 'Pete Lusty',      '07700900188', true),
    (11, 'Sapperton Common Livery',     'Sapperton',          'GL7 6LQ',  'W', 'L', 15, 'N', NULL,              NULL,          true),
    (12, 'Painswick Beacon Yard',       'Painswick',          'GL6 6SU',  'W', 'L', 22, 'Y', 'Karen Daw',       '07700900299', true),
    (13, 'Bisley Lane DIY Livery',      'Bisley',             'GL6 7BB',  'W', 'L', 19, 'N', NULL,              NULL,          true),
    (14, 'Slad Valley Farm',            'Slad',               'GL6 7QD',  'W', 'F', 21, 'N', 'Tom Hewer',       '07700900300', true),
    (15, 'Hatherop Castle Yard',        'Hatherop',           'GL7 3NA',  'N', 'R',  4, 'Y', 'Lucy Fenwick',    '07700900411', true),
    (16, 'Quenington Mill Livery',      'Quenington',         'GL7 5BN',  'E', 'L',  5, 'N', NULL,              NULL,          true),
    (17, 'Fairford Park Livery',        'Fairford',           'GL7 4JQ',  'E', 'L',  7, 'Y', 'Amy Broad',       '07700900522', true),
    (18, 'Duntisbourne Abbots Stables', 'Duntisbourne Abbots','GL7 7JN',  'S', 'L', 12, 'N', 'Gill Rudge',      '07700900633', false),
    (19, 'Oakridge Lynch Livery',       'Oakridge Lynch',     'GL6 7NS',  'W', 'L', 24, 'N', 'Ben Cowley',      '07700900744', true),
    (20, 'Guiting Power Polo Yard',     'Guiting Power',      'GL54 5TZ', 'N', 'L', 18, 'Y', 'Santi Ferreyra',  '07700900855', true);

-- ---------------------------------------------------------------- owners (horse owners / accounts)
CREATE TABLE owners (
    owner_id  integer PRIMARY KEY,
    owner_nm  text NOT NULL,
    phone_no  varchar(15) NOT NULL,
    email     text,
    postcode  varchar(8) NOT NULL,
    acct_cd   char(1) NOT NULL DEFAULT 'P',
    terms_dy  smallint NOT NULL DEFAULT 0,
    disc_pct  numeric(4,1) NOT NULL DEFAULT 0,
    sms_ok    boolean NOT NULL DEFAULT true,
    join_dt   date NOT NULL,
    left_dt   date
);
COMMENT ON TABLE owners IS 'Horse owners: private clients and business accounts (who gets the invoice)';
COMMENT ON COLUMN owners.acct_cd IS 'P = private, invoiced per visit; M = monthly business account, invoiced on the 1st for the previous month';
COMMENT ON COLUMN owners.terms_dy IS 'days allowed to pay after the invoice date; 0 = pay on the day';
COMMENT ON COLUMN owners.disc_pct IS 'trade discount, % taken off every work line before it is written down';
COMMENT ON COLUMN owners.sms_ok IS 'true = happy to get text reminders the day before';
COMMENT ON COLUMN owners.join_dt IS 'date first on the books; clients from the paper days all show 2024-01-02';
COMMENT ON COLUMN owners.left_dt IS 'date they stopped using us; NULL = current client';

INSERT INTO owners (owner_id, owner_nm, phone_no, email, postcode, acct_cd, terms_dy, disc_pct, sms_ok, join_dt, left_dt) VALUES
    (1, 'Windrush Riding School',       '01451820114', 'office@windrushriding.co.uk',  'OX18 4TS', 'M', 30, 10.0, false, date '2024-01-02', NULL),
    (2, 'Siddington Equestrian Centre', '01285640372', 'accounts@siddingtonec.co.uk',  'GL7 6EX',  'M', 30, 10.0, false, date '2024-01-02', NULL),
    (3, 'Tetbury Vale Stud Ltd',        '01666503981', 'fiona@tetburyvalestud.com',    'GL8 8RX',  'M', 30,  5.0, true,  date '2024-01-02', NULL),
    (4, 'Hatherop Castle School',       '01285750206', 'bursar@hatheropcastle.org.uk', 'GL7 3NA',  'M', 30, 10.0, false, date '2024-01-02', NULL),
    (5, 'Guiting Polo Ltd',             '01451850663', NULL,                           'GL54 5TZ', 'M', 30,  0.0, true,  date '2024-04-15', NULL),
    (6, 'Cotswold RDA Group',           '01285712045', 'treasurer@cotswoldrda.org',    'GL7 5RY',  'M', 45, 15.0, false, date '2024-01-02', NULL);

INSERT INTO owners (owner_id, owner_nm, phone_no, email, postcode, acct_cd, terms_dy, disc_pct, sms_ok, join_dt, left_dt)
SELECT o, fn || ' ' || ln,
       '07' || lpad(((o::bigint * 48271 + 12345) % 1000000000)::text, 9, '0'),
       CASE WHEN o % 5 = 2 OR o % 17 = 0 THEN NULL
            ELSE lower(fn) || '.' || lower(replace(ln, '''', '')) || CASE WHEN o % 3 = 0 THEN (o % 89)::text ELSE '' END || '@'
                 || (ARRAY['gmail.com','hotmail.co.uk','btinternet.com','icloud.com','outlook.com','yahoo.co.uk'])[1 + o % 6] END,
       (ARRAY['GL7','GL54','OX18','GL6','GL8','GL56'])[1 + (o * 7) % 6] || ' ' || (1 + o % 9)::text
           || (ARRAY['AB','DE','HJ','LN','PQ','RT','SU','WX','YZ','BD','EF'])[1 + (o * 13) % 11],
       'P',
       CASE WHEN o % 10 < 6 THEN 0 WHEN o % 10 < 9 THEN 14 ELSE 7 END,
       CASE WHEN o IN (22, 97, 143) THEN 5.0 ELSE 0 END,
       o % 7 <> 3,
       date '2024-01-02',   -- fixed up below from the horses
       NULL
FROM (
    SELECT o,
           (ARRAY['Sarah','Emma','Claire','Rachel','Lucy','Jo','Kate','Hannah','Beth','Amy','Vicky','Louise',
                  'Charlotte','Sophie','Gemma','Nicola','Alice','Harriet','Poppy','Tilly','Mark','James',
                  'Tom','Rob','Andrew','Nigel','Ed','Priya','Megan','Fran'])[1 + (o * 7) % 30] AS fn,
           (ARRAY['Ashby','Bentley','Cotterell','Davies','Ellis','Ford','Gardner','Hobbs','Ingram','Jennings',
                  'Kemble','Lawrence','Mills','Newman','Ockwell','Pike','Radway','Stevens','Tovey','Underwood',
                  'Vines','Webb','Yeates','Hussain','O''Neill','Baker','Carter','Drinkwater','Haines','Pritchard',
                  'Rich','Sollars','Townsend'])[1 + (o * 11) % 33] AS ln
    FROM generate_series(7, 210) AS o
) n;

-- ---------------------------------------------------------------- shoe_types
CREATE TABLE shoe_types (
    shoe_cd    varchar(3) PRIMARY KEY,
    shoe_nm    text NOT NULL,
    matl       char(1) NOT NULL,
    remedial   boolean NOT NULL DEFAULT false,
    cost_ea    numeric(6,2) NOT NULL,
    surch_ea   numeric(6,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE shoe_types IS 'Shoe types kept on the van';
COMMENT ON COLUMN shoe_types.matl IS 'S = steel, A = aluminium, P = plastic / composite';
COMMENT ON COLUMN shoe_types.remedial IS 'true = remedial / therapeutic shoe (normally on vet referral)';
COMMENT ON COLUMN shoe_types.cost_ea IS 'what one shoe costs us from the supplier, GBP';
COMMENT ON COLUMN shoe_types.surch_ea IS 'extra charged per new shoe of this type on top of the service price, GBP';

INSERT INTO shoe_types (shoe_cd, shoe_nm, matl, remedial, cost_ea, surch_ea) VALUES
    ('ST',  'Standard steel concave',        'S', false,  4.20,  0.00),
    ('SC',  'Steel with stud holes',         'S', false,  5.10,  2.50),
    ('NB',  'Natural balance steel',         'S', false,  6.80,  3.00),
    ('AL',  'Aluminium plate',               'A', false,  9.80,  6.00),
    ('HB',  'Heart bar',                     'S', true,  14.50, 12.00),
    ('EB',  'Egg bar',                       'S', true,  12.90, 10.00),
    ('WG',  'Wedge heel',                    'S', true,   8.60,  7.00),
    ('GL',  'Glue-on composite',             'P', true,  24.00, 18.00),
    ('SLD', 'Sliding plate (reining)',       'S', false, 11.00,  8.00),
    ('HVY', 'Heavy horse steel',             'S', false, 12.50,  9.00);

-- ---------------------------------------------------------------- svc_list (services price list)
CREATE TABLE svc_list (
    svc_cd   char(2) PRIMARY KEY,
    svc_nm   text NOT NULL,
    list_px  numeric(7,2) NOT NULL,
    std_min  smallint NOT NULL,
    shoes_yn char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE svc_list IS 'Price list of jobs';
COMMENT ON COLUMN svc_list.list_px IS 'current list price from 1 Apr 2026, GBP, before any trade discount and shoe surcharge';
COMMENT ON COLUMN svc_list.std_min IS 'usual minutes per horse';
COMMENT ON COLUMN svc_list.shoes_yn IS 'Y = job involves fitting shoes';

INSERT INTO svc_list (svc_cd, svc_nm, list_px, std_min, shoes_yn) VALUES
    ('TR', 'Trim (barefoot)',                 40.00,  35, 'N'),
    ('FR', 'Front shoes, hinds trimmed',      82.00,  55, 'Y'),
    ('FS', 'Full set of new shoes',          120.00,  80, 'Y'),
    ('RS', 'Reset (refit own shoes)',         95.00,  70, 'Y'),
    ('RM', 'Remedial shoeing',               160.00, 110, 'Y'),
    ('LS', 'Lost shoe replaced',              30.00,  20, 'Y'),
    ('PD', 'Pads fitted (pair)',              18.00,  10, 'N'),
    ('AB', 'Abscess: pare out and dress',     32.00,  25, 'N'),
    ('FT', 'Foal trim',                       22.00,  15, 'N');

-- ---------------------------------------------------------------- horse
CREATE TABLE horse (
    horse_id    integer PRIMARY KEY,
    owner_id    integer NOT NULL REFERENCES owners (owner_id),
    yard_id     smallint REFERENCES yard (yard_id),
    horse_nm    text NOT NULL,
    breed       text,
    sex_cd      char(1) NOT NULL,
    foaled_yr   smallint,
    ht_hh       numeric(3,1),
    plan_cd     char(2) NOT NULL,
    std_shoe_cd varchar(3) REFERENCES shoe_types (shoe_cd),
    cyc_wk      smallint NOT NULL,
    tmp_cd      char(1) NOT NULL DEFAULT '1',
    first_dt    date NOT NULL,
    gone_dt     date,
    gone_rsn    char(1)
);
COMMENT ON TABLE horse IS 'Horses on the books, one row per horse';
COMMENT ON COLUMN horse.yard_id IS 'livery yard the horse lives at; NULL = kept at the owner''s home';
COMMENT ON COLUMN horse.horse_nm IS 'stable name';
COMMENT ON COLUMN horse.sex_cd IS 'M = mare, G = gelding, S = stallion';
COMMENT ON COLUMN horse.ht_hh IS 'height in hands.inches, e.g. 15.2 = 15 hands 2 inches';
COMMENT ON COLUMN horse.plan_cd IS 'FS = full set of shoes, FR = fronts only, BF = barefoot (trims only), RM = remedial (vet referral)';
COMMENT ON COLUMN horse.std_shoe_cd IS 'the shoe normally used on this horse; NULL for barefoot horses';
COMMENT ON COLUMN horse.cyc_wk IS 'weeks between visits';
COMMENT ON COLUMN horse.tmp_cd IS '1 = good as gold, 2 = needs someone holding, 3 = vet must sedate first';
COMMENT ON COLUMN horse.first_dt IS 'date we took the horse on (roughly its first visit; visits fall on its area''s round day)';
COMMENT ON COLUMN horse.gone_dt IS 'date the horse came off the books; NULL = still a client';
COMMENT ON COLUMN horse.gone_rsn IS 'S = sold, D = died / put down, O = went to another farrier, R = retired to grass, no more hoof care';

INSERT INTO horse (horse_id, owner_id, yard_id, horse_nm, breed, sex_cd, foaled_yr, ht_hh, plan_cd, std_shoe_cd,
                   cyc_wk, tmp_cd, first_dt, gone_dt, gone_rsn)
WITH b AS (
    SELECT k,
           abs(hashtext('horse' || k)::bigint) AS hh,
           CASE WHEN k <= 12 THEN 1 WHEN k <= 22 THEN 2 WHEN k <= 30 THEN 3 WHEN k <= 38 THEN 4
                WHEN k <= 48 THEN 5 WHEN k <= 54 THEN 6
                WHEN k - 55 < 194 THEN 7 + ((k - 55) * 131) % 194
                ELSE (ARRAY[10,10,10,10,22,22,22,43,43,97,130,145])[k - 55 - 193] END AS owner_id
    FROM generate_series(1, 260) AS k
), o AS (
    SELECT b.*,
           CASE owner_id WHEN 1 THEN 4 WHEN 2 THEN 8 WHEN 3 THEN 9 WHEN 4 THEN 15 WHEN 5 THEN 20 WHEN 6 THEN 7
                ELSE CASE WHEN owner_id % 9 = 0 OR owner_id % 23 = 5 THEN NULL
                          ELSE (ARRAY[1,1,2,2,3,5,5,6,7,7,7,10,10,11,12,12,13,14,16,17,17,17,18,18,2,1,4,8,12,5])[1 + (owner_id * 7) % 30] END
           END AS yard_id
    FROM b
), p AS (
    SELECT o.*,
           CASE WHEN owner_id = 3 THEN CASE WHEN k = 23 THEN 'FR' ELSE 'BF' END
                WHEN owner_id = 5 THEN 'FS'
                WHEN owner_id IN (1, 2, 4) THEN CASE WHEN k % 3 = 0 THEN 'FS' WHEN k % 3 = 1 THEN 'FR' ELSE 'BF' END
                WHEN owner_id = 6 THEN CASE WHEN k % 2 = 0 THEN 'FR' ELSE 'BF' END
                WHEN hh % 100 < 30 THEN 'BF'
                WHEN hh % 100 < 55 THEN 'FR'
                WHEN hh % 100 < 93 THEN 'FS'
                ELSE 'RM' END AS plan_cd
    FROM o
)
SELECT k, owner_id, yard_id,
       (ARRAY['Bramble','Dougal','Misty','Jasper','Pepper','Fudge','Willow','Murphy','Poppy','Barney','Rosie','Alfie',
              'Biscuit','Dolly','Hector','Skye','Marmite','Bonnie','Flash','Nutmeg','Archie','Daisy','Ted','Blue',
              'Mabel','Rupert','Tinker','Holly','Smudge','Basil','Clover','George','Maisie','Ziggy','Lola','Teddy',
              'Seamus','Pip','Bertie','Ruby','Echo','Jigsaw','Magpie','Storm','Hazel','Monty','Peaches','Rocky'])[1 + (k * 29) % 48]
           || CASE WHEN k > 48 AND (k * 29) % 48 < 12 THEN ' II' ELSE '' END,
       CASE WHEN owner_id = 3 THEN 'Welsh Section D'
            WHEN owner_id = 5 THEN 'Argentine polo pony'
            WHEN hh % 41 = 0 THEN NULL
            ELSE (ARRAY['Irish Draught','Cob','Thoroughbred','Warmblood','Connemara','Welsh Section D','TB x ID','Cob',
                        'Shetland','Arab','New Forest','Highland','Cob','Irish Sport Horse','Clydesdale'])[1 + (hh / 7) % 15] END,
       CASE WHEN owner_id = 3 THEN CASE WHEN k = 23 THEN 'S' ELSE 'M' END
            WHEN hh % 9 < 5 THEN 'G' ELSE 'M' END,
       CASE WHEN owner_id = 3 AND k IN (29, 30) THEN 2024 WHEN hh % 16 = 3 THEN NULL ELSE 2000 + ((hh / 11) % 23)::int END,
       CASE WHEN hh % 29 = 7 THEN NULL
            ELSE (ARRAY[12.2,13.1,13.2,14.0,14.2,14.3,15.0,15.1,15.2,15.3,16.0,16.1,16.2,16.3,17.0,17.2])[1 + (hh / 13) % 16] END,
       plan_cd,
       CASE plan_cd WHEN 'BF' THEN NULL
            WHEN 'RM' THEN (ARRAY['HB','EB','WG','HB','EB','WG','GL'])[1 + (hh / 5) % 7]
            ELSE CASE WHEN owner_id = 5 THEN 'SC'
                      WHEN (hh / 3) % 100 < 58 THEN 'ST' WHEN (hh / 3) % 100 < 83 THEN 'SC'
                      WHEN (hh / 3) % 100 < 96 THEN 'NB' ELSE 'AL' END END,
       CASE WHEN plan_cd = 'BF' THEN 6 + (hh / 17) % 3
            WHEN plan_cd = 'RM' THEN 5
            ELSE 5 + (hh / 17) % 4 END,
       CASE WHEN hh % 100 < 80 THEN '1' WHEN hh % 100 < 97 THEN '2' ELSE '3' END,
       CASE WHEN owner_id = 5 THEN date '2024-04-22' + ((k * 3) % 14)
            WHEN k IN (29, 30) THEN date '2024-06-03' + (k - 29) * 7
            WHEN yard_id = 18 OR k % 4 <> 0 OR k <= 54 THEN date '2024-01-08' + (hh % 42)::int
            ELSE date '2024-03-04' + ((hh / 3) % 960)::int END,
       NULL, NULL
FROM p;

-- horses that came off the books
UPDATE horse SET gone_dt = date '2025-05-30', gone_rsn = 'O' WHERE yard_id = 18;
UPDATE horse SET gone_dt = first_dt + 150 + (abs(hashtext('gone' || horse_id)::bigint) % 700)::int,
                 gone_rsn = (ARRAY['S','S','S','D','O','O','R'])[1 + (abs(hashtext('rsn' || horse_id)::bigint) % 7)::int]
WHERE gone_dt IS NULL AND owner_id > 6 AND abs(hashtext('g' || horse_id)::bigint) % 100 < 17;
UPDATE horse SET gone_dt = date '2026-02-27', gone_rsn = 'S' WHERE horse_id IN (7, 40);
UPDATE horse SET gone_dt = NULL, gone_rsn = NULL WHERE gone_dt > date '2026-11-20';

-- owners: join date = first horse booked (paper-days clients keep 2024-01-02), left = last horse gone
UPDATE owners o SET join_dt = CASE WHEN f.first_dt < date '2024-02-20' THEN date '2024-01-02' ELSE f.first_dt - 3 END
FROM (SELECT owner_id, min(first_dt) AS first_dt FROM horse GROUP BY owner_id) f
WHERE f.owner_id = o.owner_id AND o.owner_id > 6;
UPDATE owners o SET left_dt = g.last_gone
FROM (SELECT owner_id, max(gone_dt) AS last_gone FROM horse GROUP BY owner_id HAVING count(*) = count(gone_dt)) g
WHERE g.owner_id = o.owner_id;
UPDATE owners SET join_dt = date '2025-03-11' + (owner_id - 201) * 53 WHERE owner_id > 200;

-- ---------------------------------------------------------------- rounds
CREATE TABLE rounds (
    rnd_id   integer PRIMARY KEY,
    rnd_dt   date NOT NULL,
    area_cd  char(1) NOT NULL,
    miles    numeric(5,1),
    app_on   boolean NOT NULL DEFAULT false,
    fuel_amt numeric(6,2)
);
COMMENT ON TABLE rounds IS 'Rounds: one working day in one area';
COMMENT ON COLUMN rounds.area_cd IS 'N = north (Mon), E = east (Tue), S = south (Thu), W = west (Fri)';
COMMENT ON COLUMN rounds.miles IS 'miles on the van clock for the day; NULL = round not driven yet';
COMMENT ON COLUMN rounds.app_on IS 'true = Josh (apprentice) came along';
COMMENT ON COLUMN rounds.fuel_amt IS 'diesel bought that day, GBP; NULL = did not fill up';

-- ---------------------------------------------------------------- round_stops (yards stopped at on each round)
CREATE TABLE round_stops (
    rnd_id   integer NOT NULL REFERENCES rounds (rnd_id),
    yard_id  smallint NOT NULL REFERENCES yard (yard_id),
    stop_no  smallint NOT NULL,
    arr_tm   time,
    PRIMARY KEY (rnd_id, yard_id)
);
COMMENT ON TABLE round_stops IS 'Which livery yards each round stopped at, in order (private homes are not logged)';
COMMENT ON COLUMN round_stops.arr_tm IS 'time we pulled in; NULL = not noted';

-- ---------------------------------------------------------------- invoices
CREATE TABLE invoices (
    inv_id   integer PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES owners (owner_id),
    inv_dt   date NOT NULL,
    due_dt   date NOT NULL,
    tot_amt  numeric(8,2) NOT NULL,
    st_cd    char(1) NOT NULL
);
COMMENT ON TABLE invoices IS 'Invoices: private owners one per visit day, business accounts one per month';
COMMENT ON COLUMN invoices.tot_amt IS 'invoice total, GBP (work lines + call-out fees + wasted-journey fees)';
COMMENT ON COLUMN invoices.st_cd IS 'O = outstanding, P = part paid, S = settled, W = written off, V = void (raised in error)';

-- ---------------------------------------------------------------- appts (appointments)
CREATE TABLE appts (
    appt_id     integer PRIMARY KEY,
    horse_id    integer NOT NULL REFERENCES horse (horse_id),
    rnd_id      integer REFERENCES rounds (rnd_id),
    appt_dt     date NOT NULL,
    booked_dt   date NOT NULL,
    emerg_yn    char(1) NOT NULL DEFAULT 'N',
    st_cd       char(1) NOT NULL,
    cxl_dt      date,
    callout_amt numeric(6,2) NOT NULL DEFAULT 0,
    app_yn      char(1) NOT NULL DEFAULT 'N',
    inv_id      integer REFERENCES invoices (inv_id),
    notes       text
);
COMMENT ON TABLE appts IS 'Appointments (one horse, one visit)';
COMMENT ON COLUMN appts.rnd_id IS 'round the visit was on; NULL = emergency call-out, or cancelled before the round';
COMMENT ON COLUMN appts.booked_dt IS 'date the appointment was made';
COMMENT ON COLUMN appts.emerg_yn IS 'Y = emergency call-out (lost shoe, abscess, ...)';
COMMENT ON COLUMN appts.st_cd IS 'B = booked, D = done, C = cancelled by the owner, M = missed (we turned up, job not done)';
COMMENT ON COLUMN appts.cxl_dt IS 'date the owner cancelled; NULL = not cancelled';
COMMENT ON COLUMN appts.callout_amt IS 'call-out fee charged on this visit, GBP (home visits and emergencies); 0 = none';
COMMENT ON COLUMN appts.app_yn IS 'Y = the apprentice did the work under supervision';
COMMENT ON COLUMN appts.inv_id IS 'invoice it went on; NULL = not invoiced (yet)';

-- ---------------------------------------------------------------- appt_lines (work done)
CREATE TABLE appt_lines (
    line_id  integer PRIMARY KEY,
    appt_id  integer NOT NULL REFERENCES appts (appt_id),
    svc_cd   char(2) NOT NULL REFERENCES svc_list (svc_cd),
    shoe_cd  varchar(3) REFERENCES shoe_types (shoe_cd),
    qty      smallint NOT NULL DEFAULT 0,
    amt      numeric(7,2) NOT NULL,
    vet_ref  text
);
COMMENT ON TABLE appt_lines IS 'Work lines on done appointments';
COMMENT ON COLUMN appt_lines.shoe_cd IS 'shoe type fitted or refitted; NULL = no shoes involved';
COMMENT ON COLUMN appt_lines.qty IS 'number of NEW shoes used (0 for trims, resets and dressings)';
COMMENT ON COLUMN appt_lines.amt IS 'charged for the line after any trade discount, GBP; 0 = free refit under the 10-day guarantee';
COMMENT ON COLUMN appt_lines.vet_ref IS 'referring vet practice for remedial work';

-- ---------------------------------------------------------------- missed_appts (wasted journeys)
CREATE TABLE missed_appts (
    miss_id   integer PRIMARY KEY,
    appt_id   integer NOT NULL UNIQUE REFERENCES appts (appt_id),
    rsn_cd    char(2) NOT NULL,
    fee_amt   numeric(6,2) NOT NULL,
    waived_yn char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE missed_appts IS 'Missed appointments: we turned up but could not do the job';
COMMENT ON COLUMN missed_appts.rsn_cd IS 'NC = horse not caught in, NA = nobody there / no access, LT = owner cancelled on arrival, VT = vet said not to, WX = weather (snow, flood)';
COMMENT ON COLUMN missed_appts.fee_amt IS 'wasted-journey fee, GBP; 0 = no fee for that reason';
COMMENT ON COLUMN missed_appts.waived_yn IS 'Y = fee let off as a goodwill gesture';

-- ---------------------------------------------------------------- pmts (payments received)
CREATE TABLE pmts (
    pmt_id  integer PRIMARY KEY,
    inv_id  integer NOT NULL REFERENCES invoices (inv_id),
    pd_dt   date NOT NULL,
    amt     numeric(8,2) NOT NULL,
    mth     char(2) NOT NULL,
    ref     text
);
COMMENT ON TABLE pmts IS 'Payments against invoices; an invoice can be paid in several goes';
COMMENT ON COLUMN pmts.mth IS 'CA = cash, CD = card (phone reader), BT = bank transfer, CQ = cheque';
COMMENT ON COLUMN pmts.ref IS 'bank reference or cheque number; NULL for cash and card';

-- ---------------------------------------------------------------- data: appointments
INSERT INTO appts (appt_id, horse_id, rnd_id, appt_dt, booked_dt, emerg_yn, st_cd, cxl_dt, callout_amt, app_yn, inv_id, notes)
WITH hz AS (
    SELECT h.horse_id, h.owner_id, h.yard_id, h.plan_cd, h.cyc_wk, h.first_dt, h.gone_dt,
           CASE coalesce(y.area_cd, (ARRAY['N','E','S','W'])[1 + h.owner_id % 4])
                WHEN 'N' THEN 1 WHEN 'E' THEN 2 WHEN 'S' THEN 4 ELSE 5 END AS dow
    FROM horse h LEFT JOIN yard y ON y.yard_id = h.yard_id
), v AS (
    SELECT hz.*, k,
           hz.first_dt + k * hz.cyc_wk * 7 + (abs(hashtext('j' || hz.horse_id || '.' || k)::bigint) % 5)::int - 2 AS d0
    FROM hz CROSS JOIN generate_series(0, 40) AS k
), v2 AS (
    SELECT v.*, d0 + ((dow - extract(isodow FROM d0)::int + 7) % 7) AS d1 FROM v
), v3 AS (
    SELECT v2.*,
           CASE WHEN (extract(month FROM d1) = 12 AND extract(day FROM d1) >= 22)
                  OR (extract(month FROM d1) = 1 AND extract(day FROM d1) <= 3) THEN d1 + 14 ELSE d1 END AS d,
           abs(hashtext('st' || horse_id || '.' || k)::bigint) % 100 AS hs
    FROM v2
), reg AS (
    SELECT horse_id, yard_id, d AS appt_dt,
           greatest(date '2024-01-02', d - (10 + (hs * 7) % 40)::int) AS booked_dt,
           'N' AS emerg_yn,
           CASE WHEN hs < 5 THEN 'C' WHEN d >= date '2026-11-23' THEN 'B' WHEN hs < 8 THEN 'M' ELSE 'D' END AS st_cd,
           hs
    FROM v3
    WHERE d >= date '2024-01-08' AND d <= date '2026-11-30' AND (gone_dt IS NULL OR d < gone_dt)
), reg2 AS (
    SELECT horse_id, appt_dt, booked_dt, emerg_yn, st_cd,
           CASE WHEN st_cd = 'C' THEN greatest(booked_dt, appt_dt - (abs(hashtext('cx' || horse_id || appt_dt)::bigint) % 21)::int) END AS cxl_dt,
           CASE WHEN st_cd IN ('C', 'M') OR yard_id IS NOT NULL THEN 0
                WHEN appt_dt < date '2025-04-01' THEN 10.00 ELSE 12.00 END AS callout_amt,
           CASE WHEN st_cd = 'D' AND hs % 31 = 4 THEN 'left fore a bit footy, keep an eye'
                WHEN st_cd = 'D' AND hs % 37 = 9 THEN 'owner asked for road nails'
                WHEN st_cd = 'C' AND hs % 3 = 0 THEN 'owner on holiday, rebook'
                WHEN st_cd = 'M' AND hs % 2 = 0 THEN 'rang twice, no answer' END AS notes
    FROM reg
), em AS (
    SELECT e,
           date '2024-01-10' + ((e * 1045) / 140)::int + (abs(hashtext('ed' || e)::bigint) % 3)::int AS d,
           1 + (abs(hashtext('eh' || e)::bigint) % 260)::int AS horse_id
    FROM generate_series(1, 150) AS e
), em2 AS (
    SELECT em.horse_id, em.d AS appt_dt, em.d - (em.e % 2) AS booked_dt, 'Y' AS emerg_yn,
           CASE WHEN em.e % 23 = 0 THEN 'C' ELSE 'D' END AS st_cd,
           CASE WHEN em.e % 23 = 0 THEN em.d END AS cxl_dt,
           CASE WHEN em.e % 23 = 0 THEN 0
                WHEN h.plan_cd <> 'BF' AND em.e % 6 = 1 THEN 0     -- free refit under the guarantee
                ELSE CASE WHEN extract(isodow FROM em.d) IN (6, 7) THEN 60.00 ELSE 40.00 END
                     + CASE WHEN em.d >= date '2025-04-01' THEN 5.00 ELSE 0 END END AS callout_amt,
           CASE WHEN em.e % 7 = 3 THEN 'rang at 7am, shoe off in field' END AS notes
    FROM em JOIN horse h ON h.horse_id = em.horse_id
    WHERE em.d <= date '2026-11-20' AND h.first_dt <= em.d AND (h.gone_dt IS NULL OR em.d < h.gone_dt)
      AND NOT EXISTS (SELECT 1 FROM reg2 r WHERE r.horse_id = em.horse_id AND r.appt_dt = em.d)
), al AS (
    SELECT horse_id, appt_dt, booked_dt, emerg_yn, st_cd, cxl_dt, callout_amt, notes FROM reg2
    UNION ALL
    SELECT horse_id, appt_dt, booked_dt, emerg_yn, st_cd, cxl_dt, callout_amt, notes FROM em2
)
SELECT row_number() OVER (ORDER BY appt_dt, emerg_yn, horse_id), horse_id, NULL, appt_dt, booked_dt, emerg_yn, st_cd,
       cxl_dt, callout_amt, 'N', NULL, notes
FROM al;

-- rounds: every (day, area) with a regular visit that was not cancelled
INSERT INTO rounds (rnd_id, rnd_dt, area_cd, miles, app_on, fuel_amt)
WITH a AS (
    SELECT DISTINCT a.appt_dt,
           coalesce(y.area_cd, (ARRAY['N','E','S','W'])[1 + h.owner_id % 4]) AS area_cd
    FROM appts a JOIN horse h ON h.horse_id = a.horse_id LEFT JOIN yard y ON y.yard_id = h.yard_id
    WHERE a.emerg_yn = 'N' AND a.st_cd <> 'C'
), r AS (
    SELECT row_number() OVER (ORDER BY appt_dt, area_cd) AS rnd_id, appt_dt, area_cd,
           abs(hashtext('rnd' || appt_dt || area_cd)::bigint) AS hr
    FROM a
)
SELECT rnd_id, appt_dt, area_cd,
       CASE WHEN appt_dt >= date '2026-11-23' THEN NULL
            ELSE (CASE area_cd WHEN 'N' THEN 38 WHEN 'E' THEN 34 WHEN 'S' THEN 41 ELSE 52 END + (hr % 230) / 10.0) END,
       appt_dt >= date '2025-09-01' AND hr % 10 < 7,
       CASE WHEN appt_dt < date '2026-11-23' AND hr % 3 = 0 THEN 58 + (hr % 3700) / 100.0 END
FROM r;

UPDATE appts a SET rnd_id = r.rnd_id
FROM horse h LEFT JOIN yard y ON y.yard_id = h.yard_id, rounds r
WHERE h.horse_id = a.horse_id AND a.emerg_yn = 'N' AND a.st_cd <> 'C'
  AND r.rnd_dt = a.appt_dt AND r.area_cd = coalesce(y.area_cd, (ARRAY['N','E','S','W'])[1 + h.owner_id % 4]);

UPDATE appts a SET app_yn = 'Y'
FROM rounds r
WHERE r.rnd_id = a.rnd_id AND r.app_on AND a.st_cd = 'D' AND abs(hashtext('app' || a.appt_id)::bigint) % 3 = 0;

INSERT INTO round_stops (rnd_id, yard_id, stop_no, arr_tm)
WITH s AS (
    SELECT DISTINCT a.rnd_id, h.yard_id, y.dist_mi
    FROM appts a JOIN horse h ON h.horse_id = a.horse_id JOIN yard y ON y.yard_id = h.yard_id
    WHERE a.rnd_id IS NOT NULL
), n AS (
    SELECT s.*, row_number() OVER (PARTITION BY rnd_id ORDER BY dist_mi, yard_id) AS stop_no FROM s
)
SELECT n.rnd_id, n.yard_id, n.stop_no,
       CASE WHEN r.rnd_dt >= date '2026-11-23' OR abs(hashtext('arr' || n.rnd_id || '.' || n.yard_id)::bigint) % 25 = 0 THEN NULL
            ELSE time '07:40' + (n.stop_no - 1) * interval '85 minutes'
                 + (abs(hashtext('arr' || n.rnd_id || '.' || n.yard_id)::bigint) % 40) * interval '1 minute' END
FROM n JOIN rounds r ON r.rnd_id = n.rnd_id;

-- ---------------------------------------------------------------- data: work lines
INSERT INTO appt_lines (line_id, appt_id, svc_cd, shoe_cd, qty, amt, vet_ref)
WITH a AS (
    SELECT a.appt_id, a.appt_dt, a.emerg_yn, a.callout_amt, h.horse_id, h.plan_cd, h.std_shoe_cd, h.foaled_yr, o.disc_pct,
           abs(hashtext('ln' || a.appt_id)::bigint) AS hl,
           row_number() OVER (PARTITION BY a.horse_id, a.emerg_yn ORDER BY a.appt_dt) AS nth,
           CASE WHEN a.appt_dt >= date '2026-04-01' THEN 1.0 WHEN a.appt_dt >= date '2025-04-01' THEN 0.95 ELSE 0.9 END AS f
    FROM appts a JOIN horse h ON h.horse_id = a.horse_id JOIN owners o ON o.owner_id = h.owner_id
    WHERE a.st_cd = 'D'
), main AS (
    SELECT a.*, 1 AS ln,
           CASE WHEN emerg_yn = 'Y' THEN CASE WHEN plan_cd = 'BF' OR hl % 5 = 0 THEN 'AB' ELSE 'LS' END
                WHEN plan_cd = 'BF' THEN CASE WHEN foaled_yr >= 2024 AND appt_dt < date '2025-06-01' THEN 'FT' ELSE 'TR' END
                WHEN plan_cd = 'FR' THEN 'FR'
                WHEN plan_cd = 'RM' THEN 'RM'
                WHEN nth % 2 = 0 AND hl % 3 <> 0 THEN 'RS'
                ELSE 'FS' END AS svc_cd
    FROM a
), main2 AS (
    SELECT m.*,
           CASE WHEN svc_cd IN ('TR', 'FT', 'AB') THEN NULL ELSE std_shoe_cd END AS shoe_cd,
           CASE svc_cd WHEN 'FR' THEN 2 WHEN 'FS' THEN 4 WHEN 'LS' THEN 1
                       WHEN 'RM' THEN CASE WHEN hl % 3 = 0 THEN 4 ELSE 2 END ELSE 0 END AS qty
    FROM main m
), extra AS (
    SELECT a.*, 2 AS ln, 'PD' AS svc_cd, NULL::varchar AS shoe_cd, 0 AS qty
    FROM a
    WHERE emerg_yn = 'N' AND plan_cd IN ('FS', 'RM') AND hl % 11 = 2
    UNION ALL
    SELECT a.*, 2 AS ln, 'AB', NULL::varchar, 0
    FROM a
    WHERE emerg_yn = 'N' AND hl % 97 = 13
), lines AS (
    SELECT appt_id, appt_dt, emerg_yn, callout_amt, plan_cd, disc_pct, f, hl, ln, svc_cd, shoe_cd, qty FROM main2
    UNION ALL
    SELECT appt_id, appt_dt, emerg_yn, callout_amt, plan_cd, disc_pct, f, hl, ln, svc_cd, shoe_cd, qty FROM extra
)
SELECT row_number() OVER (ORDER BY l.appt_id, l.ln), l.appt_id, l.svc_cd, l.shoe_cd, l.qty,
       CASE WHEN l.emerg_yn = 'Y' AND l.svc_cd = 'LS' AND l.callout_amt = 0 THEN 0
            ELSE round(((round(s.list_px * l.f * 2) / 2) + l.qty * coalesce(t.surch_ea, 0)) * (100 - l.disc_pct) / 100, 2) END,
       CASE WHEN l.svc_cd = 'RM' THEN
            CASE WHEN l.hl % 13 = 0 THEN NULL
                 ELSE (ARRAY['Cotswold Equine Vets','Burford Equine','B&W Equine Hospital','Stroud Vet Group'])[1 + (l.hl / 13) % 4] END END
FROM lines l JOIN svc_list s ON s.svc_cd = l.svc_cd LEFT JOIN shoe_types t ON t.shoe_cd = l.shoe_cd;

-- ---------------------------------------------------------------- data: missed appointments
INSERT INTO missed_appts (miss_id, appt_id, rsn_cd, fee_amt, waived_yn)
WITH m AS (
    SELECT a.appt_id, a.appt_dt, abs(hashtext('miss' || a.appt_id)::bigint) AS hm
    FROM appts a WHERE a.st_cd = 'M'
), r AS (
    SELECT m.*,
           CASE WHEN hm % 20 < 9 THEN 'NC' WHEN hm % 20 < 14 THEN 'NA' WHEN hm % 20 < 18 THEN 'LT'
                WHEN hm % 20 = 18 THEN 'VT'
                WHEN extract(month FROM appt_dt) IN (12, 1, 2) THEN 'WX' ELSE 'NC' END AS rsn_cd
    FROM m
)
SELECT row_number() OVER (ORDER BY appt_id), appt_id, rsn_cd,
       CASE WHEN rsn_cd IN ('VT', 'WX') THEN 0 WHEN appt_dt >= date '2025-04-01' THEN 35.00 ELSE 30.00 END,
       CASE WHEN rsn_cd NOT IN ('VT', 'WX') AND hm % 4 = 1 THEN 'Y' ELSE 'N' END
FROM r;

-- ---------------------------------------------------------------- data: invoices
INSERT INTO invoices (inv_id, owner_id, inv_dt, due_dt, tot_amt, st_cd)
WITH bill AS (
    SELECT h.owner_id, a.appt_dt, a.callout_amt + coalesce((SELECT sum(l.amt) FROM appt_lines l WHERE l.appt_id = a.appt_id), 0) AS amt
    FROM appts a JOIN horse h ON h.horse_id = a.horse_id
    WHERE a.st_cd = 'D'
    UNION ALL
    SELECT h.owner_id, a.appt_dt, m.fee_amt
    FROM appts a JOIN horse h ON h.horse_id = a.horse_id JOIN missed_appts m ON m.appt_id = a.appt_id
    WHERE m.fee_amt > 0 AND m.waived_yn = 'N'
), k AS (
    SELECT b.owner_id, o.terms_dy,
           CASE WHEN o.acct_cd = 'M' THEN (date_trunc('month', b.appt_dt) + interval '1 month')::date ELSE b.appt_dt END AS inv_dt,
           b.amt
    FROM bill b JOIN owners o ON o.owner_id = b.owner_id
), g AS (
    SELECT owner_id, inv_dt, inv_dt + terms_dy AS due_dt, sum(amt) AS tot_amt, false AS void
    FROM k WHERE inv_dt <= date '2026-11-30'
    GROUP BY owner_id, inv_dt, terms_dy
), gv AS (
    SELECT * FROM g
    UNION ALL
    SELECT owner_id, inv_dt, due_dt, tot_amt, true FROM g
    WHERE abs(hashtext('void' || owner_id || inv_dt)::bigint) % 230 = 7
)
SELECT row_number() OVER (ORDER BY inv_dt, owner_id, void), owner_id, inv_dt, due_dt, tot_amt,
       CASE WHEN void THEN 'V' ELSE 'O' END
FROM gv;

UPDATE appts a SET inv_id = i.inv_id
FROM horse h, owners o, invoices i
WHERE h.horse_id = a.horse_id AND o.owner_id = h.owner_id AND i.owner_id = o.owner_id AND i.st_cd <> 'V'
  AND i.inv_dt = CASE WHEN o.acct_cd = 'M' THEN (date_trunc('month', a.appt_dt) + interval '1 month')::date ELSE a.appt_dt END
  AND (a.st_cd = 'D' OR EXISTS (SELECT 1 FROM missed_appts m WHERE m.appt_id = a.appt_id AND m.fee_amt > 0 AND m.waived_yn = 'N'));

-- ---------------------------------------------------------------- data: payments
INSERT INTO pmts (pmt_id, inv_id, pd_dt, amt, mth, ref)
WITH i AS (
    SELECT i.inv_id, i.owner_id, i.inv_dt, i.tot_amt, o.acct_cd,
           abs(hashtext('pay' || i.inv_id)::bigint) % 100 AS hp,
           abs(hashtext('pd' || i.inv_id)::bigint) % 1000 AS h2
    FROM invoices i JOIN owners o ON o.owner_id = i.owner_id
    WHERE i.st_cd <> 'V' AND i.tot_amt > 0
), plan AS (
    SELECT i.*,
           CASE WHEN acct_cd = 'M' THEN CASE WHEN owner_id = 6 THEN 'SPLIT' WHEN hp < 3 THEN 'NONE' ELSE 'BT' END
                WHEN hp < 35 THEN 'DAY'
                WHEN hp < 85 THEN 'BT'
                WHEN hp < 92 THEN 'SPLIT'
                WHEN hp < 95 THEN 'PART'
                WHEN hp < 97 AND inv_dt < date '2026-03-01' THEN 'WO'
                ELSE 'NONE' END AS pl
    FROM i
), p AS (
    SELECT inv_id, 1 AS n, inv_dt AS pd_dt, tot_amt AS amt,
           CASE WHEN h2 % 17 = 0 THEN 'CQ' WHEN h2 % 3 = 0 THEN 'CA' ELSE 'CD' END AS mth, h2
    FROM plan WHERE pl = 'DAY'
    UNION ALL
    SELECT inv_id, 1, inv_dt + CASE WHEN acct_cd = 'M' THEN 12 + (h2 % 35)::int ELSE 1 + (h2 % 40)::int END, tot_amt,
           CASE WHEN acct_cd = 'P' AND h2 % 29 = 0 THEN 'CQ' ELSE 'BT' END, h2
    FROM plan WHERE pl = 'BT'
    UNION ALL
    SELECT inv_id, 1, inv_dt + (h2 % 10)::int, round(tot_amt / 2, 0), CASE WHEN h2 % 2 = 0 THEN 'CA' ELSE 'BT' END, h2
    FROM plan WHERE pl = 'SPLIT'
    UNION ALL
    SELECT inv_id, 2, inv_dt + 20 + (h2 % 40)::int, tot_amt - round(tot_amt / 2, 0), 'BT', h2
    FROM plan WHERE pl = 'SPLIT'
    UNION ALL
    SELECT inv_id, 1, inv_dt + (h2 % 20)::int, least(round(tot_amt * 0.4, 0), tot_amt - 5), CASE WHEN h2 % 2 = 0 THEN 'CA' ELSE 'BT' END, h2
    FROM plan WHERE pl = 'PART'
    UNION ALL
    SELECT inv_id, 1, inv_dt + 30, least(20.00, tot_amt - 5), 'CA', h2
    FROM plan WHERE pl = 'WO' AND h2 % 2 = 0
)
SELECT row_number() OVER (ORDER BY pd_dt, inv_id, n), inv_id, pd_dt, amt, mth,
       CASE WHEN mth = 'BT' THEN 'CMF' || lpad(inv_id::text, 5, '0')
            WHEN mth = 'CQ' THEN lpad((100200 + h2 * 7)::text, 6, '0') END
FROM p
WHERE pd_dt <= date '2026-11-30';

-- invoice status from what has come in
UPDATE invoices i SET st_cd = CASE
        WHEN coalesce((SELECT sum(p.amt) FROM pmts p WHERE p.inv_id = i.inv_id), 0) >= i.tot_amt THEN 'S'
        WHEN o.acct_cd = 'P' AND i.inv_dt < date '2026-03-01'
             AND abs(hashtext('pay' || i.inv_id)::bigint) % 100 BETWEEN 95 AND 96 THEN 'W'
        WHEN coalesce((SELECT sum(p.amt) FROM pmts p WHERE p.inv_id = i.inv_id), 0) > 0 THEN 'P'
        ELSE 'O' END
FROM owners o
WHERE o.owner_id = i.owner_id AND i.st_cd <> 'V';
