-- Made-up schema: Rangi Shearing Ltd, a sheep-shearing contractor based in Dannevirke (Tararua
-- District, New Zealand), run by Tama and Lisa Rangi. Money is NZD; GST is 15 %.
--
-- What they do: their gangs (a gang boss, 3-6 shearers, shed hands / "rousies", a wool presser,
-- sometimes a cook) go out to client farms in Tararua, Wairarapa, Manawatu, Central Hawke's Bay
-- and a couple of stations up in Rangitikei, for full shears (Oct-Mar), lamb shearing (Jan-Feb),
-- pre-lamb shearing (Jun-Jul) and crutching (autumn and late winter).
-- Habits:
--   * every job is a booking for one farm on one day (bookings). Wet sheep cannot be shorn, so a
--     booked day is often "rained off" (st_cd 'R'); most rained-off days get a new booking a few
--     days later whose rebook_of points back at the rained-off one. Farmers sometimes cancel ('X').
--     Bookings after 23 Nov 2026 are the forward diary ('C'), some without a gang allocated yet.
--   * the tally book (tally) says who worked each finished day: shearers are paid per head at the
--     rate for the job (hd_shorn x rt); shed hands, pressers, the wool classer and the cook are paid
--     a day rate (rt) and have no head count.
--   * the clip from each finished day is written up in lines of bales per wool type (clip_lines)
--     and, except for the few farmers who sell privately, sent on to the wool board's store at the
--     start of the next month in one consignment per farm (wb_consign). The store weighs it on
--     arrival; that weight is often a few kilos off what we declared.
--   * crew claim travel (own vehicle, per km), board (a motel when the farm is far away and has no
--     shearers' quarters), meal money, and a wet-day allowance when sent home after driving out.
--   * every finished booking is invoiced to the farmer (inv / inv_lines): per head shorn or
--     crutched, a travel charge beyond 40 km, wool handling per bale on full and pre-lamb shears,
--     and now and then a discount for the big stations. An invoice issued wrongly is voided ('V')
--     and a new one issued for the same booking; a voided invoice keeps its lines.
-- Data: deterministic (generate_series and modulo arithmetic, no random()). Transactions run from
-- January 2024 to 30 November 2026 (the extract was taken on 30 Nov 2026); farm accounts and staff
-- start dates go back further. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS inv_lines;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS allow_claims;
DROP TABLE IF EXISTS clip_lines;
DROP TABLE IF EXISTS wb_consign;
DROP TABLE IF EXISTS tally;
DROP TABLE IF EXISTS bookings;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS gangs;
DROP TABLE IF EXISTS flock;
DROP TABLE IF EXISTS farm;

-- ================================================================ tables

CREATE TABLE farm (
    farm_id       integer PRIMARY KEY,
    farm_nm       text NOT NULL,
    owner_nm      text NOT NULL,
    rgn_cd        char(1) NOT NULL,
    km_one_way    smallint NOT NULL,
    qtrs_yn       char(1) NOT NULL DEFAULT 'N',
    ph_no         varchar(16),
    gst_no        varchar(12),
    acct_open_dt  date NOT NULL,
    inactive_dt   date
);
COMMENT ON TABLE farm IS 'Client farms and stations';
COMMENT ON COLUMN farm.rgn_cd IS 'T = Tararua, W = Wairarapa, M = Manawatu, H = Central Hawke''s Bay, R = Rangitikei';
COMMENT ON COLUMN farm.km_one_way IS 'road distance from our yard in Dannevirke to the woolshed, km, one way';
COMMENT ON COLUMN farm.qtrs_yn IS 'Y = farm has shearers'' quarters the gang can stay in, N = no quarters';
COMMENT ON COLUMN farm.ph_no IS 'farmer''s phone; NULL = not given';
COMMENT ON COLUMN farm.gst_no IS 'farmer''s GST number; NULL = not GST registered';
COMMENT ON COLUMN farm.acct_open_dt IS 'date the farm became a client';
COMMENT ON COLUMN farm.inactive_dt IS 'date the farm stopped using us (sold up or went to another contractor); NULL = still a client';

CREATE TABLE flock (
    flock_id     integer PRIMARY KEY,
    farm_id      integer NOT NULL REFERENCES farm (farm_id),
    mob_nm       text NOT NULL,
    breed_cd     char(2) NOT NULL,
    cls_cd       char(1) NOT NULL,
    hd_cnt       integer NOT NULL,
    cnt_dt       date NOT NULL,
    sold_dt      date
);
COMMENT ON TABLE flock IS 'Mobs of sheep on each client farm, as the farmer last told us';
COMMENT ON COLUMN flock.breed_cd IS 'RM = Romney, PD = Perendale, CW = Coopworth, CT = composite (Highlander / Primera), CD = Corriedale, MR = Merino, TX = Texel';
COMMENT ON COLUMN flock.cls_cd IS 'E = ewes, H = hoggets, R = rams, W = wethers, L = lambs';
COMMENT ON COLUMN flock.hd_cnt IS 'number of sheep in the mob';
COMMENT ON COLUMN flock.cnt_dt IS 'date of the head count';
COMMENT ON COLUMN flock.sold_dt IS 'date the whole mob was sold off the farm; NULL = still on the farm';

CREATE TABLE gangs (
    gang_id       smallint PRIMARY KEY,
    gang_nm       text NOT NULL,
    ganger_nm     text NOT NULL,
    van_rego      varchar(8),
    formed_dt     date NOT NULL,
    disbanded_dt  date
);
COMMENT ON TABLE gangs IS 'Shearing gangs (crews); ganger = gang boss';
COMMENT ON COLUMN gangs.van_rego IS 'registration of the gang van; NULL = no van (crew drive themselves)';
COMMENT ON COLUMN gangs.disbanded_dt IS 'NULL = gang still running';

CREATE TABLE staff (
    staff_id   integer PRIMARY KEY,
    first_nm   text NOT NULL,
    last_nm    text NOT NULL,
    nick_nm    text,
    role_cd    char(1) NOT NULL,
    gang_id    smallint REFERENCES gangs (gang_id),
    pay_rt     numeric(7,2) NOT NULL,
    has_ute    boolean NOT NULL DEFAULT false,
    start_dt   date NOT NULL,
    left_dt    date
);
COMMENT ON TABLE staff IS 'Everyone who works in the sheds: shearers, shed hands, pressers, classers, cook';
COMMENT ON COLUMN staff.role_cd IS 'S = shearer, R = rousie (shed hand), P = wool presser, C = wool classer, K = cook';
COMMENT ON COLUMN staff.gang_id IS 'current home gang; NULL = casual / relief, goes wherever needed';
COMMENT ON COLUMN staff.pay_rt IS 'NZD. Shearers: base rate per sheep for full-wool ewes (the rate actually paid on a day is in tally.rt). Everyone else: current day rate';
COMMENT ON COLUMN staff.has_ute IS 'true = drives their own vehicle to the sheds and can claim mileage';
COMMENT ON COLUMN staff.left_dt IS 'last day worked; NULL = still with us';

CREATE TABLE bookings (
    bkg_id     integer PRIMARY KEY,
    farm_id    integer NOT NULL REFERENCES farm (farm_id),
    gang_id    smallint REFERENCES gangs (gang_id),
    bkg_dt     date NOT NULL,
    made_dt    date NOT NULL,
    job_cd     char(2) NOT NULL,
    est_hd     integer NOT NULL,
    st_cd      char(1) NOT NULL,
    rebook_of  integer REFERENCES bookings (bkg_id)
);
COMMENT ON TABLE bookings IS 'Shearing days booked: one farm, one gang, one day';
COMMENT ON COLUMN bookings.gang_id IS 'gang sent; NULL = not allocated yet';
COMMENT ON COLUMN bookings.bkg_dt IS 'the day booked for the job';
COMMENT ON COLUMN bookings.made_dt IS 'date the farmer rang to book';
COMMENT ON COLUMN bookings.job_cd IS 'FS = full shear, PL = pre-lamb shear, LS = lamb shear, CR = crutching, RM = rams only';
COMMENT ON COLUMN bookings.est_hd IS 'number of sheep the farmer said would be in the yards';
COMMENT ON COLUMN bookings.st_cd IS 'C = confirmed, still to come; D = done; R = rained off (sheep wet, no shearing that day); X = cancelled by the farmer';
COMMENT ON COLUMN bookings.rebook_of IS 'the rained-off booking this day replaces; NULL = an original booking';

CREATE TABLE tally (
    tally_id   integer PRIMARY KEY,
    bkg_id     integer NOT NULL REFERENCES bookings (bkg_id),
    staff_id   integer NOT NULL REFERENCES staff (staff_id),
    hd_shorn   integer,
    rt         numeric(7,2) NOT NULL
);
COMMENT ON TABLE tally IS 'Tally book: who worked on each finished shearing day';
COMMENT ON COLUMN tally.hd_shorn IS 'sheep shorn (or crutched) by this shearer that day; NULL = not a shearer (shed hand, presser, classer, cook)';
COMMENT ON COLUMN tally.rt IS 'NZD; per head for shearers, for the whole day for everyone else';

CREATE TABLE wb_consign (
    consign_id  integer PRIMARY KEY,
    farm_id     integer NOT NULL REFERENCES farm (farm_id),
    sent_dt     date NOT NULL,
    store_cd    char(3) NOT NULL,
    bales_n     integer NOT NULL,
    decl_kg     numeric(9,1) NOT NULL,
    recv_kg     numeric(9,1),
    sold_dt     date,
    px_c_kg     numeric(7,1)
);
COMMENT ON TABLE wb_consign IS 'Wool sent to the wool board store on the farmer''s behalf, one consignment per farm per month';
COMMENT ON COLUMN wb_consign.store_cd IS 'NAP = Napier store, PNR = Palmerston North store, MST = Masterton store';
COMMENT ON COLUMN wb_consign.decl_kg IS 'net kg we declared on the specification sheet';
COMMENT ON COLUMN wb_consign.recv_kg IS 'net kg weighed by the wool board at the store; NULL = not weighed yet';
COMMENT ON COLUMN wb_consign.sold_dt IS 'date the wool sold at auction; NULL = not sold yet (or passed in)';
COMMENT ON COLUMN wb_consign.px_c_kg IS 'greasy price, cents per kg; NULL = not sold';

CREATE TABLE clip_lines (
    line_id     integer PRIMARY KEY,
    bkg_id      integer NOT NULL REFERENCES bookings (bkg_id),
    wool_cd     char(3) NOT NULL,
    bales_n     smallint NOT NULL,
    net_kg      numeric(8,1) NOT NULL,
    mic         numeric(4,1),
    consign_id  integer REFERENCES wb_consign (consign_id)
);
COMMENT ON TABLE clip_lines IS 'Wool clip off each finished shearing day, one line per wool type';
COMMENT ON COLUMN clip_lines.wool_cd IS 'FLC = fleece, BLY = bellies, PCS = pieces, LKS = locks, LMB = lambs'' wool, CRT = crutchings, BLK = black / coloured';
COMMENT ON COLUMN clip_lines.net_kg IS 'net weight of the line, kg';
COMMENT ON COLUMN clip_lines.mic IS 'fibre diameter, micron; NULL = not tested';
COMMENT ON COLUMN clip_lines.consign_id IS 'NULL = not sent to the wool board (still in the farmer''s shed, or sold privately)';

CREATE TABLE allow_claims (
    clm_id    integer PRIMARY KEY,
    staff_id  integer NOT NULL REFERENCES staff (staff_id),
    bkg_id    integer REFERENCES bookings (bkg_id),
    clm_dt    date NOT NULL,
    typ_cd    char(1) NOT NULL,
    km        smallint,
    amt       numeric(8,2) NOT NULL,
    paid      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE allow_claims IS 'Travel and board allowances claimed by the crew';
COMMENT ON COLUMN allow_claims.bkg_id IS 'shearing day the claim is for; NULL = not for a shed (training day, gang meeting)';
COMMENT ON COLUMN allow_claims.typ_cd IS 'T = travel (own vehicle, per km), B = board (a night''s accommodation), M = meal money, W = wet-day allowance (rained off after driving out)';
COMMENT ON COLUMN allow_claims.km IS 'km driven, travel claims only';
COMMENT ON COLUMN allow_claims.paid IS 'true = paid out in a pay run';

CREATE TABLE inv (
    inv_no    integer PRIMARY KEY,
    farm_id   integer NOT NULL REFERENCES farm (farm_id),
    inv_dt    date NOT NULL,
    due_dt    date NOT NULL,
    sub_amt   numeric(10,2) NOT NULL DEFAULT 0,
    gst_amt   numeric(10,2) NOT NULL DEFAULT 0,
    tot_amt   numeric(10,2) NOT NULL DEFAULT 0,
    st_cd     char(1) NOT NULL,
    paid_dt   date
);
COMMENT ON TABLE inv IS 'Invoices to farmers';
COMMENT ON COLUMN inv.sub_amt IS 'NZD excluding GST';
COMMENT ON COLUMN inv.tot_amt IS 'NZD including GST';
COMMENT ON COLUMN inv.st_cd IS 'P = paid, O = outstanding, W = written off, V = void (issued in error, replaced by a new invoice)';
COMMENT ON COLUMN inv.paid_dt IS 'date the money came in; NULL = not paid';

CREATE TABLE inv_lines (
    line_id    integer PRIMARY KEY,
    inv_no     integer NOT NULL REFERENCES inv (inv_no),
    bkg_id     integer REFERENCES bookings (bkg_id),
    item_cd    char(2) NOT NULL,
    qty        numeric(10,2) NOT NULL,
    unit_px    numeric(8,2) NOT NULL,
    line_amt   numeric(10,2) NOT NULL
);
COMMENT ON COLUMN inv_lines.item_cd IS 'SH = shearing per head, CR = crutching per head, TR = travel charge per km, WH = wool handling (pressing and classing) per bale, DS = discount';
COMMENT ON COLUMN inv_lines.line_amt IS 'qty x unit_px, NZD excluding GST';

-- ================================================================ data

-- ---------------------------------------------------------------- farm
INSERT INTO farm (farm_id, farm_nm, owner_nm, rgn_cd, km_one_way, qtrs_yn, ph_no, gst_no, acct_open_dt, inactive_dt)
SELECT i,
       (ARRAY['Kaitoke','Makuri','Pongaroa','Waewaepa','Tiraumea','Ruawhata','Mangatoro','Oringi','Rakaunui',
              'Manawa','Takapau','Whetukura','Puketoi','Owahanga','Akitio'])[1 + (i - 1) % 15]
         || ' ' || (ARRAY['Station','Downs','Farm','Hills'])[1 + (i - 1) / 15],
       (ARRAY['Bruce','Wiremu','Kate','Graeme','Sarah','Hamish','Anaru','Fiona','Murray','Rachel',
              'Colin','Tracey','Ropata','Jenny','Stuart','Megan','Ian','Paora','Heather','Lindsay'])[1 + (i * 7) % 20]
         || ' ' || (ARRAY['McKenzie','Harris','Te Whata','Gordon','Brown','Sutton','Ngarimu','Fraser','Andersen',
              'Hill','Reid','Matenga','Cameron','Wallace','Pearce','Tuhi','Bell','Mackintosh','Stevens',
              'Hawkins','Kingi','Duncan','Olsen'])[1 + (i * 5) % 23],
       r,
       CASE r WHEN 'T' THEN 8 + (i * 13) % 60 WHEN 'W' THEN 75 + (i * 17) % 80 WHEN 'M' THEN 35 + (i * 11) % 75
              WHEN 'H' THEN 45 + (i * 19) % 80 ELSE 140 + (i * 3) % 30 END,
       CASE WHEN (i * 7 + (i / 10) * 3) % 10 < 4 THEN 'Y' ELSE 'N' END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE '06 ' || lpad(((i * 48271) % 10000000)::text, 7, '0') END,
       CASE WHEN i % 13 = 5 THEN NULL ELSE lpad(((i * 7919 * 13) % 1000000000)::text, 9, '1') END,
       CASE WHEN i <= 40 THEN date '2009-03-01' + (i * 97) % 5200
            WHEN i <= 52 THEN date '2024-01-15' + (i - 41) * 70
            ELSE date '2026-03-01' + (i - 53) * 30 END,
       CASE i WHEN 9 THEN date '2025-06-30' WHEN 27 THEN date '2024-11-15' WHEN 38 THEN date '2026-03-01' END
FROM (SELECT i, CASE WHEN i IN (23, 47) THEN 'R' WHEN i % 10 < 4 THEN 'T' WHEN i % 10 < 6 THEN 'W'
                     WHEN i % 10 < 8 THEN 'M' ELSE 'H' END AS r
      FROM generate_series(1, 60) AS i) s;

-- ---------------------------------------------------------------- flock
INSERT INTO flock (flock_id, farm_id, mob_nm, breed_cd, cls_cd, hd_cnt, cnt_dt, sold_dt)
WITH f AS (
    SELECT farm_id,
           CASE WHEN farm_id IN (17, 44) THEN 4 ELSE 1 + (farm_id * 7) % 4 END AS n,
           CASE WHEN farm_id IN (17, 44) THEN 'MR'
                ELSE (ARRAY['RM','RM','RM','PD','PD','CW','CT','CD','RM'])[1 + farm_id % 9] END AS breed
    FROM farm WHERE farm_id <= 55
), m AS (
    SELECT f.farm_id, f.breed, j,
           CASE j WHEN 1 THEN 'E' WHEN 2 THEN 'H' WHEN 3 THEN 'R'
                  ELSE CASE WHEN f.farm_id % 2 = 0 THEN 'W' ELSE 'L' END END AS cls
    FROM f CROSS JOIN generate_series(1, 4) AS j
    WHERE j <= f.n
)
SELECT row_number() OVER (ORDER BY farm_id, j),
       farm_id,
       CASE cls WHEN 'E' THEN CASE WHEN farm_id % 6 = 0 THEN 'two-tooth ewes' ELSE 'MA ewes' END
                WHEN 'H' THEN 'ewe hoggets' WHEN 'R' THEN 'rams' WHEN 'W' THEN 'wethers' ELSE 'ewe lambs' END,
       CASE WHEN cls = 'R' AND farm_id % 10 = 0 THEN 'TX' ELSE breed END,
       cls,
       CASE cls WHEN 'E' THEN 600 + (farm_id * 137) % 2600 WHEN 'H' THEN 200 + (farm_id * 71) % 800
                WHEN 'R' THEN 8 + (farm_id * 3) % 30 WHEN 'W' THEN 100 + (farm_id * 53) % 500
                ELSE 300 + (farm_id * 89) % 1200 END,
       date '2026-05-01' + (farm_id * 7 + j * 13) % 200,
       CASE WHEN cls = 'W' AND (farm_id % 3 = 0 OR farm_id = 44) THEN date '2025-03-01' + (farm_id * 11) % 500 END
FROM m;

-- ---------------------------------------------------------------- gangs
INSERT INTO gangs (gang_id, gang_nm, ganger_nm, van_rego, formed_dt, disbanded_dt) VALUES
    (1, 'Dannevirke A',     'Tama Rangi',          'KRT482', date '2009-08-01', NULL),
    (2, 'Dannevirke B',     'Bill Karaitiana',     'LDW917', date '2013-09-15', NULL),
    (3, 'Manawatu gang',    'Shane Pokai',         'JGH305', date '2016-10-01', NULL),
    (4, 'Wairarapa gang',   'Jo McKenzie',         'MXA226', date '2018-10-01', NULL),
    (5, 'Pre-lamb crew',    'Ruth Tipene',         NULL,     date '2019-05-20', date '2025-08-31'),
    (6, 'Hawke''s Bay gang', 'Ari Tomoana',        'QZT118', date '2026-02-01', NULL),
    (7, 'Spring relief',    'Mere Rangi',          NULL,     date '2026-11-16', NULL);

-- ---------------------------------------------------------------- staff
INSERT INTO staff (staff_id, first_nm, last_nm, nick_nm, role_cd, gang_id, pay_rt, has_ute, start_dt, left_dt) VALUES
    ( 1, 'Hemi',     'Tawhiri',      'Snow',   'S', 1,    3.50, true,  date '2010-10-04', NULL),
    ( 2, 'Rawiri',   'Paewai',       NULL,     'S', 1,    3.50, false, date '2015-10-12', NULL),
    ( 3, 'Craig',    'Barrowcliffe', 'Barra',  'S', 1,    3.50, true,  date '2017-11-01', date '2025-04-30'),
    ( 4, 'Mikaere',  'Hape',         NULL,     'S', 1,    3.50, false, date '2021-10-18', NULL),
    ( 5, 'Sam',      'Wilson',       NULL,     'S', 1,    3.50, false, date '2025-05-12', NULL),
    ( 6, 'Kiri',     'Paewai',       NULL,     'R', 1,  245.00, false, date '2016-10-10', NULL),
    ( 7, 'Tania',    'Moana',        NULL,     'R', 1,  245.00, false, date '2019-11-04', NULL),
    ( 8, 'Ngaire',   'Tuhiwai',      NULL,     'R', 1,  240.00, false, date '2023-10-02', NULL),
    ( 9, 'Josh',     'Kemp',         NULL,     'P', 1,  290.00, true,  date '2020-10-05', NULL),
    (10, 'Dion',     'Morrell',      'Dizzy',  'S', 2,    3.50, true,  date '2012-10-01', NULL),
    (11, 'Nathan',   'Stratford',    NULL,     'S', 2,    3.50, false, date '2018-10-15', NULL),
    (12, 'Pita',     'Haronga',      NULL,     'S', 2,    3.50, false, date '2014-10-06', date '2024-10-11'),
    (13, 'Brady',    'Thompson',     NULL,     'S', 2,    3.50, true,  date '2024-11-01', NULL),
    (14, 'Aroha',    'Whaanga',      NULL,     'R', 2,  245.00, false, date '2017-10-09', NULL),
    (15, 'Chloe',    'Hurst',        NULL,     'R', 2,  240.00, false, date '2022-10-03', NULL),
    (16, 'Manu',     'Rauhihi',      NULL,     'P', 2,  290.00, false, date '2016-10-03', NULL),
    (17, 'Shane',    'Pokai',        NULL,     'S', 3,    3.50, true,  date '2011-10-03', NULL),
    (18, 'Tipene',   'Kereama',      'Steve',  'S', 3,    3.50, false, date '2019-10-07', NULL),
    (19, 'Liam',     'O''Connell',   NULL,     'S', 3,    3.50, true,  date '2020-10-12', NULL),
    (20, 'Hone',     'Tamatea',      NULL,     'S', 3,    3.50, false, date '2022-10-10', NULL),
    (21, 'Moana',    'Kerehi',       NULL,     'R', 3,  245.00, false, date '2018-10-01', NULL),
    (22, 'Jess',     'Ridley',       NULL,     'R', 3,  240.00, false, date '2023-10-09', NULL),
    (23, 'Ben',      'Kahukura',     NULL,     'P', 3,  290.00, false, date '2017-10-02', NULL),
    (24, 'Jo',       'McKenzie',     NULL,     'S', 4,    3.50, true,  date '2018-10-01', NULL),
    (25, 'Tyson',    'Aperahama',    NULL,     'S', 4,    3.50, false, date '2019-10-14', NULL),
    (26, 'Reuben',   'Ngata',        'Roo',    'S', 4,    3.50, true,  date '2018-10-01', date '2026-06-30'),
    (27, 'Kane',     'Brightwell',   NULL,     'S', 4,    3.50, false, date '2023-10-16', NULL),
    (28, 'Hine',     'Pohatu',       NULL,     'R', 4,  245.00, false, date '2018-10-01', NULL),
    (29, 'Amy',      'Carrick',      NULL,     'R', 4,  240.00, false, date '2024-01-08', NULL),
    (30, 'Wayne',    'Hoskin',       NULL,     'P', 4,  290.00, true,  date '2018-10-01', NULL),
    (31, 'Maureen',  'Tuhoe',        'Aunty',  'K', 4,  260.00, true,  date '2019-10-07', NULL),
    (32, 'Ruth',     'Tipene',       NULL,     'S', 6,    3.50, true,  date '2019-05-20', NULL),
    (33, 'Daniel',   'Roberts',      NULL,     'S', 6,    3.50, false, date '2020-05-25', NULL),
    (34, 'Nikau',    'Walker',       NULL,     'S', 6,    3.50, false, date '2022-05-23', NULL),
    (35, 'Marama',   'Hohaia',       NULL,     'R', 6,  245.00, false, date '2019-05-20', NULL),
    (36, 'Ari',      'Tomoana',      NULL,     'S', 6,    3.50, true,  date '2026-02-01', NULL),
    (37, 'Jayden',   'Hartley',      NULL,     'S', 6,    3.50, false, date '2026-02-01', NULL),
    (38, 'Tui',      'Ormsby',       NULL,     'P', 6,  290.00, false, date '2026-02-01', NULL),
    (39, 'Connor',   'Gillies',      'Scotty', 'S', NULL, 3.60, false, date '2024-10-15', date '2025-03-31'),
    (40, 'Gareth',   'Pugh',         NULL,     'S', NULL, 3.60, false, date '2025-10-20', date '2026-03-20'),
    (41, 'Tame',     'Ropata',       NULL,     'S', NULL, 3.60, true,  date '2015-01-12', NULL),
    (42, 'Kahu',     'Eruera',       NULL,     'S', NULL, 3.60, true,  date '2021-02-01', NULL),
    (43, 'Matiu',    'Karauria',     NULL,     'S', NULL, 3.60, true,  date '2023-11-06', NULL),
    (44, 'Helen',    'Darroch',      NULL,     'C', NULL, 420.00, true, date '2012-10-01', NULL),
    (45, 'Graeme',   'Sutherland',   NULL,     'C', NULL, 420.00, true, date '2008-10-06', date '2026-05-29'),
    (46, 'Rangi',    'Walker',       NULL,     'R', NULL, 235.00, false, date '2022-11-07', date '2024-12-20'),
    (47, 'Sophie',   'Tait',         NULL,     'R', NULL, 240.00, true,  date '2025-01-06', NULL),
    (48, 'Aroha',    'Nikora',       NULL,     'R', 7,  235.00, false, date '2026-11-24', NULL),
    (49, 'Lachie',   'Munro',        NULL,     'S', 7,    3.50, true,  date '2026-11-16', NULL),
    (50, 'Toni',     'Haerewa',      NULL,     'R', 1,  235.00, false, date '2026-09-01', NULL),
    (51, 'Whetu',    'Kingi',        NULL,     'S', 2,    3.50, false, date '2016-10-03', NULL);

-- ---------------------------------------------------------------- bookings
-- original bookings, ids in date order
INSERT INTO bookings (bkg_id, farm_id, gang_id, bkg_dt, made_dt, job_cd, est_hd, st_cd, rebook_of)
WITH c AS (
    SELECT k, d0 + CASE WHEN extract(isodow FROM d0) = 7 THEN 1 ELSE 0 END AS d,
           CASE WHEN k % 6 = 0 THEN 1 + (k / 6) % 8 ELSE 1 + (k * 37) % 52 END AS farm_id
    FROM (SELECT k, date '2024-01-04' + (k * 1061) / 1300 AS d0 FROM generate_series(1, 1300) AS k) s
), f AS (
    SELECT c.k, c.d, c.farm_id, fm.rgn_cd, extract(month FROM c.d)::int AS mo
    FROM c JOIN farm fm ON fm.farm_id = c.farm_id
    WHERE c.d >= fm.acct_open_dt AND (fm.inactive_dt IS NULL OR c.d < fm.inactive_dt)
      AND NOT (extract(month FROM c.d) IN (5, 6, 7, 8) AND c.k % 3 = 0)
), u AS (
    SELECT DISTINCT ON (farm_id, d) * FROM f ORDER BY farm_id, d, k
), j AS (
    SELECT u.*,
           CASE WHEN k % 53 = 0 THEN 'RM'
                WHEN mo IN (12, 1, 2) THEN CASE WHEN mo IN (1, 2) AND k % 5 = 0 THEN 'LS' ELSE 'FS' END
                WHEN mo = 3 THEN CASE WHEN k % 2 = 0 THEN 'CR' ELSE 'FS' END
                WHEN mo IN (4, 5) THEN CASE WHEN k % 7 = 0 THEN 'FS' ELSE 'CR' END
                WHEN mo IN (6, 7) THEN CASE WHEN k % 4 = 0 THEN 'CR' ELSE 'PL' END
                WHEN mo IN (8, 9) THEN CASE WHEN k % 5 = 0 THEN 'PL' ELSE 'CR' END
                ELSE CASE WHEN k % 9 = 0 THEN 'CR' ELSE 'FS' END END AS job_cd
    FROM u
)
SELECT row_number() OVER (ORDER BY d, k),
       farm_id,
       CASE WHEN d > date '2026-11-23' AND k % 3 = 0 THEN NULL
            WHEN job_cd = 'PL' AND d < date '2025-09-01' THEN 5
            WHEN rgn_cd = 'T' THEN 1 + k % 2
            WHEN rgn_cd = 'W' THEN 4
            WHEN rgn_cd IN ('M', 'R') THEN 3
            WHEN d >= date '2026-02-01' THEN 6
            ELSE 2 END,
       d,
       greatest(date '2024-01-02', d - (7 + (k * 11) % 60)),
       job_cd,
       CASE job_cd WHEN 'FS' THEN 300 + (k * 173) % 1300 WHEN 'CR' THEN 500 + (k * 211) % 2500
                   WHEN 'PL' THEN 250 + (k * 97) % 1000 WHEN 'LS' THEN 200 + (k * 131) % 900
                   ELSE 15 + k % 45 END,
       CASE WHEN d > date '2026-11-23' THEN 'C'
            WHEN k % 29 = 0 THEN 'X'
            WHEN (k * 13) % 100 < CASE WHEN mo IN (6, 7, 8, 9) THEN 20 ELSE 9 END THEN 'R'
            ELSE 'D' END,
       NULL::integer
FROM j;

-- rained-off days rebooked a few days later (same farm, gang and job)
INSERT INTO bookings (bkg_id, farm_id, gang_id, bkg_dt, made_dt, job_cd, est_hd, st_cd, rebook_of)
SELECT (SELECT max(bkg_id) FROM bookings) + row_number() OVER (ORDER BY r.bkg_id),
       r.farm_id, r.gang_id, r.nd, r.bkg_dt, r.job_cd, r.est_hd,
       CASE WHEN r.nd > date '2026-11-23' THEN 'C' WHEN (r.bkg_id * 7) % 10 = 0 THEN 'R' ELSE 'D' END,
       r.bkg_id
FROM (SELECT b.*, b.bkg_dt + 1 + b.bkg_id % 6
                  + CASE WHEN extract(isodow FROM b.bkg_dt + 1 + b.bkg_id % 6) = 7 THEN 1 ELSE 0 END AS nd
      FROM bookings b WHERE b.st_cd = 'R') r
JOIN farm f ON f.farm_id = r.farm_id
WHERE r.bkg_id % 4 <> 0
  AND (f.inactive_dt IS NULL OR r.nd < f.inactive_dt)
  AND NOT (r.gang_id = 5 AND r.nd >= date '2025-09-01')
  AND NOT EXISTS (SELECT 1 FROM bookings o WHERE o.farm_id = r.farm_id AND o.bkg_dt = r.nd);

-- ---------------------------------------------------------------- tally
INSERT INTO tally (tally_id, bkg_id, staff_id, hd_shorn, rt)
WITH bk AS (
    SELECT b.*, extract(year FROM b.bkg_dt)::int AS yr, f.qtrs_yn
    FROM bookings b JOIN farm f ON f.farm_id = b.farm_id
    WHERE b.st_cd = 'D'
), crew AS (
    SELECT bk.bkg_id, bk.bkg_dt, bk.job_cd, bk.est_hd, bk.yr, bk.farm_id, s.staff_id, s.role_cd, s.pay_rt
    FROM bk JOIN staff s ON s.start_dt <= bk.bkg_dt AND (s.left_dt IS NULL OR s.left_dt >= bk.bkg_dt)
    WHERE ((CASE WHEN s.staff_id BETWEEN 32 AND 35
                 THEN CASE WHEN bk.bkg_dt < date '2025-09-01' THEN 5 WHEN bk.bkg_dt >= date '2026-02-01' THEN 6 END
                 ELSE s.gang_id END) = bk.gang_id
           AND (bk.bkg_id * 7 + s.staff_id * 3) % 11 <> 0
           AND (s.role_cd <> 'K' OR bk.qtrs_yn = 'Y'))
       OR (s.gang_id IS NULL AND s.role_cd = 'S' AND (bk.bkg_id + s.staff_id) % 9 = 0)
       OR (s.gang_id IS NULL AND s.role_cd = 'R' AND (bk.bkg_id + s.staff_id) % 13 = 0)
       OR (s.role_cd = 'C' AND bk.job_cd IN ('FS', 'PL') AND bk.est_hd >= 600
           AND ((s.staff_id = 44 AND (bk.bkg_id % 2 = 0 OR bk.bkg_dt > date '2026-05-29'))
                OR (s.staff_id = 45 AND bk.bkg_id % 2 = 1)))
), w AS (
    SELECT crew.*,
           CASE WHEN role_cd = 'S'
                THEN 90 + (bkg_id * 31 + staff_id * 17) % 40 + CASE WHEN staff_id IN (1, 10, 24) THEN 30 ELSE 0 END END AS wt
    FROM crew
)
SELECT row_number() OVER (ORDER BY bkg_id, staff_id),
       bkg_id, staff_id,
       CASE WHEN role_cd <> 'S' THEN NULL
            WHEN (bkg_id * 7 + staff_id) % 457 = 0 THEN 0
            ELSE least(floor(est_hd * (95 + bkg_id % 11) / 100.0 * wt / sum(wt) OVER (PARTITION BY bkg_id))::int,
                       CASE job_cd WHEN 'FS' THEN 420 WHEN 'PL' THEN 380 WHEN 'LS' THEN 520 WHEN 'CR' THEN 900 ELSE 60 END
                       - (bkg_id * 3 + staff_id * 7) % 50) END,
       CASE WHEN role_cd <> 'S' THEN pay_rt - 10 * (2026 - yr)
            ELSE CASE job_cd WHEN 'FS' THEN 3.30 + CASE WHEN farm_id IN (17, 44) THEN 0.60 ELSE 0 END
                             WHEN 'PL' THEN 3.55 WHEN 'LS' THEN 2.85 WHEN 'CR' THEN 1.10 ELSE 9.00 END
                 + CASE job_cd WHEN 'CR' THEN 0.05 WHEN 'RM' THEN 0.50 ELSE 0.10 END * (yr - 2024) END
FROM w;

-- ---------------------------------------------------------------- clip lines (consign_id filled in below)
INSERT INTO clip_lines (line_id, bkg_id, wool_cd, bales_n, net_kg, mic, consign_id)
WITH t AS (
    SELECT bkg_id, sum(hd_shorn) AS hd FROM tally GROUP BY bkg_id
), b AS (
    SELECT b.bkg_id, b.job_cd, t.hd,
           CASE WHEN b.farm_id IN (17, 44) THEN 'MR'
                ELSE (ARRAY['RM','RM','RM','PD','PD','CW','CT','CD','RM'])[1 + b.farm_id % 9] END AS breed
    FROM bookings b JOIN t ON t.bkg_id = b.bkg_id
    WHERE b.st_cd = 'D' AND t.hd > 0
), l(job_cd, idx, wool_cd, share) AS (
    VALUES ('FS', 1, 'FLC', 0.80), ('FS', 2, 'BLY', 0.08), ('FS', 3, 'PCS', 0.09), ('FS', 4, 'LKS', 0.03),
           ('FS', 5, 'BLK', 0.004),
           ('PL', 1, 'FLC', 0.82), ('PL', 2, 'BLY', 0.07), ('PL', 3, 'PCS', 0.11),
           ('LS', 1, 'LMB', 0.92), ('LS', 3, 'PCS', 0.08),
           ('CR', 1, 'CRT', 1.00),
           ('RM', 1, 'FLC', 1.00)
), x AS (
    SELECT b.bkg_id, l.idx, l.wool_cd, b.breed,
           round(b.hd * l.share * (97 + (b.bkg_id * 7 + l.idx) % 7) / 100.0
                 * CASE b.job_cd WHEN 'LS' THEN 1.3 WHEN 'CR' THEN 0.35 WHEN 'RM' THEN 7.5
                                 ELSE CASE b.breed WHEN 'RM' THEN 5.2 WHEN 'PD' THEN 4.4 WHEN 'CW' THEN 5.0
                                                   WHEN 'CT' THEN 4.8 WHEN 'CD' THEN 4.6 ELSE 4.0 END
                                      * CASE WHEN b.job_cd = 'PL' THEN 0.95 ELSE 1 END END, 1) AS kg
    FROM b JOIN l ON l.job_cd = b.job_cd
    WHERE l.wool_cd <> 'BLK' OR b.bkg_id % 37 = 0
)
SELECT row_number() OVER (ORDER BY bkg_id, idx),
       bkg_id, wool_cd,
       greatest(1, ceil(kg / 170.0))::int,
       kg,
       CASE WHEN wool_cd IN ('CRT', 'LKS', 'BLK') OR bkg_id % 10 = 0 THEN NULL
            ELSE CASE breed WHEN 'RM' THEN 36 WHEN 'PD' THEN 31 WHEN 'CW' THEN 35 WHEN 'CT' THEN 33
                            WHEN 'CD' THEN 28 ELSE 19.5 END
                 + ((bkg_id * 13) % 30) / 10.0 - 1.5
                 + CASE wool_cd WHEN 'LMB' THEN -4 WHEN 'PCS' THEN 0.5 ELSE 0 END END,
       NULL::integer
FROM x;

-- ---------------------------------------------------------------- wool board consignments
-- one per farm per month of shearing, sent early the next month; November 2026 wool not sent yet;
-- farms 11, 22, 33 and 44 sell their wool privately and never consign.
INSERT INTO wb_consign (consign_id, farm_id, sent_dt, store_cd, bales_n, decl_kg, recv_kg, sold_dt, px_c_kg)
WITH g AS (
    SELECT b.farm_id, date_trunc('month', b.bkg_dt)::date AS mo, sum(l.bales_n) AS bales, sum(l.net_kg) AS kg
    FROM clip_lines l JOIN bookings b ON b.bkg_id = l.bkg_id
    WHERE b.bkg_dt < date '2026-11-01' AND b.farm_id % 11 <> 0
    GROUP BY b.farm_id, date_trunc('month', b.bkg_dt)
), n AS (
    SELECT g.*, (row_number() OVER (ORDER BY mo, farm_id))::int AS id,
           (mo + interval '1 month')::date + 1 + farm_id % 5 AS sent
    FROM g
)
SELECT n.id, n.farm_id, n.sent,
       CASE f.rgn_cd WHEN 'W' THEN 'MST' WHEN 'H' THEN 'NAP' WHEN 'T' THEN CASE WHEN n.farm_id % 2 = 0 THEN 'NAP' ELSE 'PNR' END
                     ELSE 'PNR' END,
       n.bales, n.kg,
       CASE WHEN n.sent >= date '2026-11-04' OR n.id % 43 = 0 THEN NULL
            ELSE greatest(0, n.kg + ((n.id * 17) % 25 - 14) * 0.5) END,
       CASE WHEN n.id % 19 = 0 OR n.sent + 14 + (n.id * 7) % 47 > date '2026-11-30' THEN NULL
            ELSE n.sent + 14 + (n.id * 7) % 47 END,
       CASE WHEN n.id % 19 = 0 OR n.sent + 14 + (n.id * 7) % 47 > date '2026-11-30' THEN NULL
            WHEN n.farm_id = 17 THEN 1180 + (n.id * 37) % 320
            ELSE 255 + (n.id * 29) % 110 + 15 * (extract(year FROM n.sent) - 2024) END
FROM n JOIN farm f ON f.farm_id = n.farm_id;

UPDATE clip_lines l
SET consign_id = w.consign_id
FROM bookings b, wb_consign w
WHERE b.bkg_id = l.bkg_id
  AND w.farm_id = b.farm_id
  AND w.sent_dt > date_trunc('month', b.bkg_dt)::date + interval '1 month'
  AND w.sent_dt < date_trunc('month', b.bkg_dt)::date + interval '1 month' + interval '7 days';

-- ---------------------------------------------------------------- allowance claims
INSERT INTO allow_claims (clm_id, staff_id, bkg_id, clm_dt, typ_cd, km, amt, paid)
WITH w AS (
    SELECT t.tally_id, t.staff_id, b.bkg_id, b.bkg_dt, b.gang_id, f.km_one_way, f.qtrs_yn, s.has_ute,
           extract(year FROM b.bkg_dt)::int AS yr
    FROM tally t JOIN bookings b ON b.bkg_id = t.bkg_id JOIN farm f ON f.farm_id = b.farm_id
    JOIN staff s ON s.staff_id = t.staff_id
), c AS (
    -- mileage in their own vehicle, for sheds more than 30 km out
    SELECT staff_id, bkg_id, bkg_dt AS dt, 'T' AS typ, 2 * km_one_way AS km,
           round(2 * km_one_way * CASE yr WHEN 2024 THEN 0.95 WHEN 2025 THEN 0.99 ELSE 1.04 END, 2) AS amt, tally_id AS o
    FROM w WHERE has_ute AND km_one_way > 30
    UNION ALL
    -- a night's board when the shed is more than 100 km out and there are no quarters
    SELECT staff_id, bkg_id, bkg_dt, 'B', NULL, CASE yr WHEN 2024 THEN 65.00 WHEN 2025 THEN 70.00 ELSE 75.00 END, tally_id
    FROM w WHERE km_one_way > 100 AND qtrs_yn = 'N'
    UNION ALL
    -- meal money when staying in quarters without the cook; some logged at zero (farmer fed them)
    SELECT staff_id, bkg_id, bkg_dt, 'M', NULL, CASE WHEN tally_id % 13 = 0 THEN 0.00 ELSE 28.00 END, tally_id
    FROM w WHERE km_one_way > 100 AND qtrs_yn = 'Y' AND gang_id <> 4
    UNION ALL
    -- wet-day allowance: drove out, then sent home because the sheep were wet
    SELECT s.staff_id, b.bkg_id, b.bkg_dt, 'W', NULL, 40.00, 100000 + b.bkg_id * 100 + s.staff_id
    FROM bookings b JOIN staff s ON s.gang_id = b.gang_id
                                 AND s.start_dt <= b.bkg_dt AND (s.left_dt IS NULL OR s.left_dt >= b.bkg_dt)
    WHERE b.st_cd = 'R' AND b.bkg_id % 7 = 0 AND s.role_cd IN ('S', 'R', 'P')
    UNION ALL
    -- travel to training days and gang meetings, not tied to a shed
    SELECT (ARRAY[1, 10, 17, 24, 9, 30, 44, 41])[1 + m % 8], NULL, date '2024-02-10' + m * 53, 'T', 40 + (m * 13) % 120,
           round((40 + (m * 13) % 120) * 0.99, 2), 200000 + m
    FROM generate_series(1, 18) AS m
)
SELECT row_number() OVER (ORDER BY dt, staff_id, typ, o),
       staff_id, bkg_id, dt, typ, km, amt,
       NOT (dt > date '2026-11-15' OR (typ = 'B' AND o % 61 = 0))
FROM c;

-- ---------------------------------------------------------------- invoices
-- (tmp_bkg only carries the booking while loading; dropped at the end)
ALTER TABLE inv ADD COLUMN tmp_bkg integer;
INSERT INTO inv (inv_no, farm_id, inv_dt, due_dt, st_cd, paid_dt, tmp_bkg)
WITH b AS (
    SELECT b.bkg_id, b.farm_id, b.bkg_dt + 1 + b.bkg_id % 3 AS dt FROM bookings b
    WHERE b.st_cd = 'D' AND EXISTS (SELECT 1 FROM tally t WHERE t.bkg_id = b.bkg_id)
), i AS (
    SELECT bkg_id, farm_id, dt, bkg_id % 45 = 0 AS void FROM b
    UNION ALL
    SELECT bkg_id, farm_id, dt + 5, false FROM b WHERE bkg_id % 45 = 0
), n AS (
    SELECT i.*, 24000 + (row_number() OVER (ORDER BY dt, bkg_id, void DESC))::int AS inv_no FROM i
), p AS (
    SELECT n.*,
           CASE WHEN bkg_id % 151 = 0 THEN dt
                WHEN farm_id IN (5, 14, 33, 41) THEN dt + 35 + (inv_no * 7) % 70
                ELSE dt + 5 + (inv_no * 11) % 30 END AS pd
    FROM n
)
SELECT inv_no, farm_id, dt, (date_trunc('month', dt) + interval '1 month 19 days')::date,
       CASE WHEN void THEN 'V'
            WHEN bkg_id % 151 = 0 THEN 'P'
            WHEN farm_id = 27 AND dt >= date '2024-08-01' THEN 'W'
            WHEN inv_no % 97 = 0 AND dt < date '2026-01-01' THEN 'W'
            WHEN farm_id = 14 AND dt >= date '2026-01-01' THEN 'O'
            WHEN farm_id = 33 AND dt >= date '2026-06-01' THEN 'O'
            WHEN pd > date '2026-11-30' THEN 'O'
            ELSE 'P' END,
       CASE WHEN void THEN NULL
            WHEN bkg_id % 151 = 0 THEN pd
            WHEN (farm_id = 27 AND dt >= date '2024-08-01') OR (inv_no % 97 = 0 AND dt < date '2026-01-01')
                 OR (farm_id = 14 AND dt >= date '2026-01-01') OR (farm_id = 33 AND dt >= date '2026-06-01')
                 OR pd > date '2026-11-30' THEN NULL
            ELSE pd END,
       bkg_id
FROM p;

-- a booking's lines sit on its invoice; a voided invoice and its replacement both carry them
INSERT INTO inv_lines (line_id, inv_no, bkg_id, item_cd, qty, unit_px, line_amt)
WITH t AS (
    SELECT bkg_id, sum(hd_shorn) AS hd FROM tally GROUP BY bkg_id
), cl AS (
    SELECT bkg_id, sum(bales_n) AS bales FROM clip_lines GROUP BY bkg_id
), b AS (
    SELECT i.inv_no, b.bkg_id, b.farm_id, b.job_cd, f.km_one_way, t.hd, cl.bales,
           extract(year FROM b.bkg_dt)::int - 2024 AS y, b.bkg_id % 151 = 0 AS free
    FROM inv i
    JOIN bookings b ON b.bkg_id = i.tmp_bkg
    JOIN farm f ON f.farm_id = b.farm_id
    JOIN t ON t.bkg_id = b.bkg_id
    LEFT JOIN cl ON cl.bkg_id = b.bkg_id
), x AS (
    SELECT inv_no, bkg_id, 1 AS o, CASE WHEN job_cd = 'CR' THEN 'CR' ELSE 'SH' END AS item, hd::numeric AS qty,
           CASE WHEN free THEN 0
                ELSE CASE job_cd WHEN 'FS' THEN 4.60 + 0.15 * y + CASE WHEN farm_id IN (17, 44) THEN 0.80 ELSE 0 END
                                 WHEN 'PL' THEN 4.95 + 0.15 * y WHEN 'LS' THEN 3.90 + 0.10 * y
                                 WHEN 'CR' THEN 1.65 + 0.05 * y ELSE 12.00 END END AS px
    FROM b
    UNION ALL
    SELECT inv_no, bkg_id, 2, 'TR', 2 * km_one_way, CASE WHEN free THEN 0 ELSE 1.20 + 0.05 * y END
    FROM b WHERE km_one_way > 40
    UNION ALL
    SELECT inv_no, bkg_id, 3, 'WH', bales, CASE WHEN free THEN 0 ELSE 14.00 + 0.50 * y END
    FROM b WHERE job_cd IN ('FS', 'PL') AND bales IS NOT NULL
    UNION ALL
    SELECT inv_no, NULL, 4, 'DS', 1,
           -round(0.03 * hd * (CASE job_cd WHEN 'FS' THEN 4.60 + 0.15 * y WHEN 'PL' THEN 4.95 + 0.15 * y
                                          WHEN 'LS' THEN 3.90 + 0.10 * y WHEN 'CR' THEN 1.65 + 0.05 * y ELSE 12.00 END), 2)
    FROM b WHERE farm_id IN (1, 2, 3) AND hd > 1000 AND NOT free
)
SELECT row_number() OVER (ORDER BY inv_no, o), inv_no, bkg_id, item, qty, px, round(qty * px, 2)
FROM x;

UPDATE inv i
SET sub_amt = s.sub, gst_amt = round(s.sub * 0.15, 2), tot_amt = s.sub + round(s.sub * 0.15, 2)
FROM (SELECT inv_no, sum(line_amt) AS sub FROM inv_lines GROUP BY inv_no) s
WHERE s.inv_no = i.inv_no;

ALTER TABLE inv DROP COLUMN tmp_bkg;
