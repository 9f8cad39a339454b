-- Made-up schema: a small wedding and events venue (a country house with halls, gardens and a
-- marquee): clients, rooms, packages, bookings, payments, menu choices, outside suppliers and the
-- staff rota. Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2025-10-31 (payments and shifts up to that day, events booked into 2027).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS rota;
DROP TABLE IF EXISTS bkg_supp;
DROP TABLE IF EXISTS mnu_sel;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS bkg;
DROP TABLE IF EXISTS supp;
DROP TABLE IF EXISTS pkg;
DROP TABLE IF EXISTS rm;
DROP TABLE IF EXISTS clnt;

-- ---------------------------------------------------------------- clnt (clients: couples, families, companies)
CREATE TABLE clnt (
    clnt_id  integer PRIMARY KEY,
    p1_fnm   text NOT NULL,
    p1_lnm   text NOT NULL,
    p2_fnm   text,
    p2_lnm   text,
    org_nm   text,
    eml      text,
    ph       varchar(20),
    src_cd   char(2) NOT NULL,
    mkt_ok   boolean NOT NULL DEFAULT false,
    crt_dt   date NOT NULL
);
COMMENT ON TABLE clnt IS 'Clients of the venue: couples, private hosts and companies (one row per enquiry contact)';
COMMENT ON COLUMN clnt.p1_fnm IS 'first name of the main contact (partner 1)';
COMMENT ON COLUMN clnt.p2_fnm IS 'first name of partner 2; NULL for private hosts and companies';
COMMENT ON COLUMN clnt.org_nm IS 'company name for corporate clients; NULL = private client';
COMMENT ON COLUMN clnt.eml IS 'contact e-mail; NULL = none given';
COMMENT ON COLUMN clnt.ph IS 'contact phone; NULL = no phone number given';
COMMENT ON COLUMN clnt.src_cd IS 'how they found us: WB = our website, RF = referred by a past client, WF = wedding fair, SM = social media, DR = online directory listing';
COMMENT ON COLUMN clnt.mkt_ok IS 'agreed to receive marketing e-mails';
COMMENT ON COLUMN clnt.crt_dt IS 'date of the first enquiry';

INSERT INTO clnt (clnt_id, p1_fnm, p1_lnm, p2_fnm, p2_lnm, org_nm, eml, ph, src_cd, mkt_ok, crt_dt)
SELECT g, fn1, ln1,
       CASE WHEN corp OR g % 17 = 0 THEN NULL ELSE fn2 END,
       CASE WHEN corp OR g % 17 = 0 THEN NULL WHEN g % 4 = 0 THEN ln1 ELSE ln2 END,
       CASE WHEN corp THEN (ARRAY['Harlow Engineering Ltd','Brightwater Insurance','Kestrel Software','Millbrook Solicitors',
                                  'Oakridge Estates','Thornbury Pharma','Greenlane Logistics','Ashdown Accountants',
                                  'Fenwick & Co','Northgate Bank','Meadowvale Schools Trust','Copperfield Media'])[1 + (g / 13) % 12] END,
       CASE WHEN g % 29 = 0 THEN NULL
            WHEN corp THEN 'events' || g || '@example.co.uk'
            ELSE lower(fn1 || '.' || ln1 || g || '@example.com') END,
       CASE WHEN g % 11 = 0 THEN NULL ELSE '07' || lpad(((g * 7919) % 1000000000)::text, 9, '0') END,
       (ARRAY['WB','RF','WF','SM','DR'])[1 + (g * 7) % 5],
       g % 3 <> 0,
       date '2023-09-01' + (g * 18) / 10
FROM (
    SELECT g, g % 13 = 0 AS corp,
           (ARRAY['Sophie','James','Emily','Oliver','Charlotte','Harry','Amelia','Jack','Isla','George',
                  'Grace','Thomas','Freya','Ali','Megan','Rhys','Aisha','Daniel','Hannah','Kofi',
                  'Lucy','Ben','Niamh','Sam'])[1 + g % 24] AS fn1,
           (ARRAY['Smith','Jones','Williams','Taylor','Brown','Davies','Evans','Wilson','Thomas','Johnson',
                  'Roberts','Walker','Wright','Robinson','Thompson','White','Hughes','Edwards','Green','Hall',
                  'Wood','Harris','Khan','Clarke','Murphy'])[1 + (g * 7) % 25] AS ln1,
           (ARRAY['Luke','Ella','Matthew','Chloe','Ryan','Mia','Adam','Zara','Nathan','Lily',
                  'Callum','Poppy','Josh','Erin','Owen','Ruby','Priya','Tom','Alex','Jess'])[1 + (g * 3) % 20] AS fn2,
           (ARRAY['Patel','Jackson','Lewis','Martin','Cooper','King','Baker','Allen','Young','Mitchell',
                  'Scott','Turner','Hill','Moore','Ward','Price','Bell','Kelly','Shaw','Mason'])[1 + (g * 11) % 20] AS ln2
    FROM generate_series(1, 420) AS g
) s;

-- ---------------------------------------------------------------- rm (rooms and spaces)
CREATE TABLE rm (
    rm_id     smallint PRIMARY KEY,
    rm_nm     text NOT NULL,
    rm_typ    char(1) NOT NULL,
    max_cap   smallint NOT NULL,
    hire_fee  numeric(8,2) NOT NULL,
    step_free boolean NOT NULL,
    opn_dt    date
);
COMMENT ON TABLE rm IS 'Rooms and spaces that can be hired for an event';
COMMENT ON COLUMN rm.rm_typ IS 'I = indoor room, O = open-air (garden, lawn), M = marquee';
COMMENT ON COLUMN rm.max_cap IS 'maximum number of seated guests';
COMMENT ON COLUMN rm.hire_fee IS 'day hire fee, GBP incl. VAT, charged on top of any package';
COMMENT ON COLUMN rm.step_free IS 'wheelchair accessible without steps';
COMMENT ON COLUMN rm.opn_dt IS 'first day the space could be hired; NULL = before records began';

INSERT INTO rm (rm_id, rm_nm, rm_typ, max_cap, hire_fee, step_free, opn_dt) VALUES
    (1, 'Great Hall',     'I', 200, 4500.00, true,  NULL),
    (2, 'Orangery',       'I', 120, 3200.00, true,  NULL),
    (3, 'Library',        'I',  40,  900.00, false, NULL),
    (4, 'Rose Garden',    'O', 150, 2800.00, true,  NULL),
    (5, 'Lakeside Lawn',  'O', 250, 3500.00, false, date '2022-05-01'),
    (6, 'Summer Marquee', 'M', 300, 5200.00, true,  date '2023-05-01'),
    (7, 'Coach House',    'I',  80, 1800.00, false, NULL),
    (8, 'Boathouse',      'I',  60, 1500.00, false, date '2026-04-01');

-- ---------------------------------------------------------------- pkg (packages)
CREATE TABLE pkg (
    pkg_id    smallint PRIMARY KEY,
    pkg_nm    text NOT NULL,
    pp_prc    numeric(7,2) NOT NULL,
    min_gst   smallint NOT NULL,
    bar_incl  boolean NOT NULL,
    valid_to  date
);
COMMENT ON TABLE pkg IS 'Catering and service packages offered with a room';
COMMENT ON COLUMN pkg.pp_prc IS 'price per adult guest, GBP incl. VAT; children under 12 pay half';
COMMENT ON COLUMN pkg.min_gst IS 'minimum number of guests charged';
COMMENT ON COLUMN pkg.bar_incl IS 'drinks package (reception drinks, wine with the meal, toast) included';
COMMENT ON COLUMN pkg.valid_to IS 'last date the package could be booked; NULL = still offered';

INSERT INTO pkg (pkg_id, pkg_nm, pp_prc, min_gst, bar_incl, valid_to) VALUES
    (1, 'Classic',       65.00, 50, false, NULL),
    (2, 'Silver',        85.00, 60, false, NULL),
    (3, 'Gold',         110.00, 70, true,  NULL),
    (4, 'Platinum',     145.00, 80, true,  NULL),
    (5, 'Twilight',      55.00, 40, false, NULL),
    (6, 'Intimate',      95.00, 20, true,  NULL),
    (7, 'Corporate Day', 48.00, 15, false, NULL),
    (8, 'Heritage',      75.00, 50, false, date '2024-06-30');

-- ---------------------------------------------------------------- supp (outside suppliers)
CREATE TABLE supp (
    supp_id   smallint PRIMARY KEY,
    supp_nm   text NOT NULL,
    supp_typ  char(2) NOT NULL,
    pref_flg  boolean NOT NULL DEFAULT false,
    ctc_ph    varchar(20),
    ctc_eml   text,
    comm_pct  numeric(4,1)
);
COMMENT ON TABLE supp IS 'Outside suppliers couples can book through us (florists, bands, photographers, ...)';
COMMENT ON COLUMN supp.supp_typ IS 'FL = florist, BD = live band, DJ = DJ / disco, PH = photographer, VG = videographer, CK = cake maker, DC = decor and styling, TR = wedding cars, PB = photo booth';
COMMENT ON COLUMN supp.pref_flg IS 'on our recommended suppliers list';
COMMENT ON COLUMN supp.comm_pct IS 'commission the venue receives, percent of the supplier fee; NULL = no commission agreed';

INSERT INTO supp (supp_id, supp_nm, supp_typ, pref_flg, ctc_ph, ctc_eml, comm_pct) VALUES
    (1,  'Petal & Stem',               'FL', true,  '01632 960101', 'hello@petalandstem.example',   10.0),
    (2,  'Wild Bloom Florals',         'FL', true,  '01632 960102', 'studio@wildbloom.example',      10.0),
    (3,  'The Flower Barn',            'FL', false, '01632 960103', NULL,                            NULL),
    (4,  'Hedgerow Flowers',           'FL', false, '01632 960104', 'info@hedgerow.example',         NULL),
    (5,  'Bluebell Blooms',            'FL', false, NULL,           'bluebell@blooms.example',       5.0),
    (6,  'The Swing Kings',            'BD', true,  '01632 960106', 'book@swingkings.example',       12.5),
    (7,  'Velvet Groove',              'BD', true,  '01632 960107', 'velvetgroove@band.example',     12.5),
    (8,  'Northern Soul Collective',   'BD', false, '01632 960108', NULL,                            NULL),
    (9,  'Ceilidh Ruckus',             'BD', false, '01632 960109', 'ruckus@ceilidh.example',        NULL),
    (10, 'DJ Mikey B',                 'DJ', true,  '07700 900110', 'mikeyb@dj.example',             10.0),
    (11, 'Spin Doctor Discos',         'DJ', false, '07700 900111', 'spin@doctor.example',           NULL),
    (12, 'Lens & Light Photography',   'PH', true,  '07700 900112', 'lensandlight@photo.example',    8.0),
    (13, 'Amy Carter Photography',     'PH', true,  '07700 900113', 'amy@carterphoto.example',       8.0),
    (14, 'Golden Hour Studio',         'PH', false, '07700 900114', NULL,                            NULL),
    (15, 'Reel Love Films',            'VG', true,  '07700 900115', 'films@reellove.example',        8.0),
    (16, 'Crumb & Co Cakes',           'CK', true,  '01632 960116', 'orders@crumbandco.example',     5.0),
    (17, 'Sugar Bloom Bakery',         'CK', false, '01632 960117', 'sugarbloom@bakery.example',     NULL),
    (18, 'Styled by Hazel',            'DC', true,  '07700 900118', 'hazel@styled.example',          10.0),
    (19, 'Chair Cover Co',             'DC', false, '01632 960119', NULL,                            NULL),
    (20, 'Vintage Wheels',             'TR', true,  '01632 960120', 'drive@vintagewheels.example',   7.5),
    (21, 'Silver Lady Cars',           'TR', false, '01632 960121', 'silverlady@cars.example',       NULL),
    (22, 'Magic Mirror Photobooths',   'PB', false, '07700 900122', 'smile@magicmirror.example',     15.0);

-- ---------------------------------------------------------------- bkg (bookings of a room for a date)
CREATE TABLE bkg (
    bkg_id     integer PRIMARY KEY,
    clnt_id    integer NOT NULL REFERENCES clnt (clnt_id),
    rm_id      smallint NOT NULL REFERENCES rm (rm_id),
    pkg_id     smallint REFERENCES pkg (pkg_id),
    evt_dt     date NOT NULL,
    evt_typ    char(1) NOT NULL,
    bk_stat    char(1) NOT NULL,
    gst_cnt    smallint NOT NULL,
    chld_cnt   smallint NOT NULL DEFAULT 0,
    tot_amt    numeric(9,2) NOT NULL,
    dep_amt    numeric(8,2) NOT NULL,
    dep_pd_dt  date,
    bkd_dt     date NOT NULL,
    cxl_dt     date,
    notes      text
);
COMMENT ON TABLE bkg IS 'Bookings: one room for one event date, from first enquiry to after the event';
COMMENT ON COLUMN bkg.pkg_id IS 'package chosen; NULL = room hire only, no package';
COMMENT ON COLUMN bkg.evt_dt IS 'date of the event';
COMMENT ON COLUMN bkg.evt_typ IS 'W = wedding (ceremony and reception), R = evening reception only, P = private party (birthday, anniversary), C = corporate event';
COMMENT ON COLUMN bkg.bk_stat IS 'E = enquiry, H = on hold (provisional), C = confirmed, D = done (the event has taken place), X = cancelled';
COMMENT ON COLUMN bkg.gst_cnt IS 'number of guests expected, adults and children together (final number once the event is done)';
COMMENT ON COLUMN bkg.chld_cnt IS 'of gst_cnt, children under 12';
COMMENT ON COLUMN bkg.tot_amt IS 'total contract price, GBP incl. VAT (room hire plus package)';
COMMENT ON COLUMN bkg.dep_amt IS 'deposit asked for, GBP (about a quarter of the total)';
COMMENT ON COLUMN bkg.dep_pd_dt IS 'date the deposit was received; NULL = deposit not received yet';
COMMENT ON COLUMN bkg.bkd_dt IS 'date the booking was entered';
COMMENT ON COLUMN bkg.cxl_dt IS 'date of cancellation; NULL = not cancelled';

INSERT INTO bkg (bkg_id, clnt_id, rm_id, pkg_id, evt_dt, evt_typ, bk_stat, gst_cnt, chld_cnt, tot_amt, dep_amt,
                 dep_pd_dt, bkd_dt, cxl_dt, notes)
WITH c AS (
    SELECT clnt_id, crt_dt, org_nm IS NOT NULL AS corp
    FROM clnt
    WHERE clnt_id % 7 <> 0                                  -- some enquirers never booked anything
), b0 AS (
    SELECT clnt_id, corp, 1 AS k, crt_dt + clnt_id % 30 AS bkd_dt FROM c
    UNION ALL
    SELECT clnt_id, corp, 2, crt_dt + 200 + clnt_id % 40 FROM c
    WHERE clnt_id % 5 = 2 AND crt_dt < date '2025-03-01'    -- repeat clients (anniversary party, second event)
), b1 AS (
    SELECT b0.*, row_number() OVER (ORDER BY bkd_dt, clnt_id, k)::int AS id FROM b0
), b2 AS (
    SELECT b1.*,
           CASE WHEN corp THEN 'C'
                WHEN k = 2 THEN (ARRAY['P','P','R'])[1 + id % 3]
                WHEN clnt_id % 6 = 4 THEN 'R'
                WHEN clnt_id % 6 = 5 THEN 'P'
                ELSE 'W' END AS typ,
           bkd_dt + 90 + (clnt_id * 37 + k * 101) % 420 AS raw_dt
    FROM b1
), b3 AS (
    SELECT b2.*,
           CASE WHEN typ = 'C' THEN raw_dt + CASE extract(isodow FROM raw_dt)::int WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END
                WHEN typ = 'W' AND id % 6 = 0 THEN raw_dt + (5 - extract(isodow FROM raw_dt)::int + 7) % 7   -- Friday weddings
                ELSE raw_dt + (6 - extract(isodow FROM raw_dt)::int + 7) % 7 END AS dt0,                  -- Saturdays
           CASE typ WHEN 'W' THEN (ARRAY[1,2,4,5,6,1,2,7])[1 + id % 8]
                    WHEN 'R' THEN (ARRAY[1,6,5,2])[1 + id % 4]
                    WHEN 'P' THEN (ARRAY[3,7,2,4])[1 + id % 4]
                    ELSE (ARRAY[3,7,1])[1 + id % 3] END AS rm_id
    FROM b2
), b3r AS (
    SELECT b3.*, row_number() OVER (PARTITION BY rm_id, extract(isodow FROM dt0) ORDER BY dt0, id)::int AS rn FROM b3
), b3f AS (   -- a room is booked once a day: a clash moves the later booking on by whole weeks
    SELECT b3r.*,
           max(dt0 - 7 * rn) OVER (PARTITION BY rm_id, extract(isodow FROM dt0) ORDER BY dt0, id
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) + 7 * rn AS evt_dt
    FROM b3r
), b4 AS (
    SELECT b3f.*,
           CASE WHEN evt_dt <= date '2025-10-31' THEN CASE WHEN id % 9 = 0 THEN 'X' ELSE 'D' END
                ELSE (ARRAY['E','E','H','H','X','C','C','C','C','C'])[1 + id % 10] END AS stat
    FROM b3f
), b5 AS (
    SELECT b4.*, r.hire_fee,
           least(r.max_cap, CASE typ WHEN 'W' THEN 50 + (id * 37) % 170
                                     WHEN 'R' THEN 80 + (id * 53) % 180
                                     WHEN 'P' THEN 20 + (id * 17) % 90
                                     ELSE 15 + (id * 29) % 120 END) AS gst,
           CASE WHEN stat = 'E' AND id % 3 <> 0 THEN NULL
                WHEN typ = 'P' AND id % 4 = 0 THEN NULL
                WHEN typ = 'C' THEN CASE WHEN id % 5 = 0 THEN NULL ELSE 7 END
                WHEN typ = 'R' THEN (ARRAY[5,5,1])[1 + id % 3]
                WHEN typ = 'P' THEN (ARRAY[1,6])[1 + id % 2]
                WHEN bkd_dt <= date '2024-06-30' AND id % 4 = 0 THEN 8
                ELSE (ARRAY[1,2,3,4,6,2,3])[1 + id % 7] END AS pkg_id
    FROM b4 JOIN rm r ON r.rm_id = b4.rm_id
), b6 AS (
    SELECT b5.*,
           CASE WHEN typ = 'C' THEN 0 ELSE gst * ((id % 4) * 3) / 100 END AS chld
    FROM b5
), b7 AS (
    SELECT b6.*,
           round(hire_fee + coalesce(greatest(gst, p.min_gst) * p.pp_prc - chld * p.pp_prc / 2, 0), 2) AS tot
    FROM b6 LEFT JOIN pkg p ON p.pkg_id = b6.pkg_id
), b8 AS (
    SELECT b7.*,
           round(tot * 0.25, 0) AS dep,
           CASE WHEN stat IN ('E','H') THEN NULL
                WHEN stat = 'C' AND id % 13 = 0 THEN NULL
                WHEN stat = 'X' AND id % 2 = 1 THEN NULL
                WHEN bkd_dt + 7 + id % 21 > date '2025-10-31' THEN NULL
                ELSE bkd_dt + 7 + id % 21 END AS dep_dt,
           CASE WHEN stat = 'X' THEN least(bkd_dt + 28 + (least(evt_dt, date '2025-10-31') - bkd_dt - 28) / 2, date '2025-10-31') END AS cxl
    FROM b7
)
SELECT id, clnt_id, rm_id, pkg_id, evt_dt, typ, stat, gst, chld, tot, dep, dep_dt, bkd_dt, cxl,
       CASE WHEN id % 23 = 0 THEN 'nut allergy on top table'
            WHEN id % 31 = 0 THEN 'ceremony moved indoors if raining'
            WHEN stat = 'X' AND id % 4 = 0 THEN 'deposit refunded as goodwill'
            WHEN stat = 'X' THEN 'deposit kept as per terms' END
FROM b8;

-- ---------------------------------------------------------------- pmt (payments received and refunds)
CREATE TABLE pmt (
    pmt_id   integer PRIMARY KEY,
    bkg_id   integer NOT NULL REFERENCES bkg (bkg_id),
    pmt_dt   date NOT NULL,
    amt      numeric(9,2) NOT NULL,
    pmt_typ  char(1) NOT NULL,
    pmt_mth  smallint NOT NULL,
    ref      varchar(20)
);
COMMENT ON TABLE pmt IS 'Money received from clients against a booking, and refunds paid back';
COMMENT ON COLUMN pmt.amt IS 'GBP; negative for refunds';
COMMENT ON COLUMN pmt.pmt_typ IS 'D = deposit, I = instalment, F = final balance, R = refund';
COMMENT ON COLUMN pmt.pmt_mth IS '1 = bank transfer, 2 = debit or credit card, 3 = cash, 4 = cheque';

INSERT INTO pmt (pmt_id, bkg_id, pmt_dt, amt, pmt_typ, pmt_mth, ref)
WITH p AS (
    SELECT bkg_id, dep_pd_dt AS dt, dep_amt AS amt, 'D' AS typ, (ARRAY[1,2,2,1,4,3])[1 + bkg_id % 6] AS mth
    FROM bkg WHERE dep_pd_dt IS NOT NULL
    UNION ALL
    SELECT bkg_id, dep_pd_dt + (evt_dt - 28 - dep_pd_dt) / 2, round((tot_amt - dep_amt) / 2, 2), 'I', (ARRAY[1,1,2,4])[1 + bkg_id % 4]
    FROM bkg
    WHERE bk_stat IN ('C','D') AND dep_pd_dt IS NOT NULL AND dep_pd_dt + (evt_dt - 28 - dep_pd_dt) / 2 <= date '2025-10-31'
    UNION ALL
    SELECT bkg_id, evt_dt - 28, tot_amt - dep_amt - round((tot_amt - dep_amt) / 2, 2), 'F', (ARRAY[1,2,1,3,2])[1 + bkg_id % 5]
    FROM bkg
    WHERE bk_stat IN ('C','D') AND dep_pd_dt IS NOT NULL AND evt_dt - 28 <= date '2025-10-31'
    UNION ALL
    SELECT bkg_id, cxl_dt + 14, -dep_amt, 'R', 1
    FROM bkg
    WHERE bk_stat = 'X' AND dep_pd_dt IS NOT NULL AND bkg_id % 4 = 0 AND cxl_dt + 14 <= date '2025-10-31'
)
SELECT row_number() OVER (ORDER BY dt, bkg_id, typ), bkg_id, dt, amt, typ, mth,
       CASE WHEN mth IN (1, 4) THEN 'WV' || lpad(bkg_id::text, 4, '0') || typ END
FROM p;

-- ---------------------------------------------------------------- mnu_sel (menu choices per booking)
CREATE TABLE mnu_sel (
    sel_id    integer PRIMARY KEY,
    bkg_id    integer NOT NULL REFERENCES bkg (bkg_id),
    crs_cd    char(1) NOT NULL,
    dish_nm   text NOT NULL,
    diet_cd   char(2) NOT NULL,
    portions  smallint NOT NULL,
    xtra_pp   numeric(6,2)
);
COMMENT ON TABLE mnu_sel IS 'Dishes chosen for a booking''s menu, with the number of plates ordered';
COMMENT ON COLUMN mnu_sel.crs_cd IS 'C = canapés, S = starter, M = main course, D = dessert, E = evening food';
COMMENT ON COLUMN mnu_sel.diet_cd IS 'ST = standard, VE = vegetarian, VG = vegan, GF = gluten-free, HL = halal';
COMMENT ON COLUMN mnu_sel.portions IS 'number of plates (portions) ordered';
COMMENT ON COLUMN mnu_sel.xtra_pp IS 'supplement per plate, GBP, on top of the package price; NULL = included in the package';

INSERT INTO mnu_sel (sel_id, bkg_id, crs_cd, dish_nm, diet_cd, portions, xtra_pp)
WITH t(slot, crs, nm_a, nm_b, diet, pct, xtra) AS (VALUES
    (1,  'C', 'Canapé selection',                'Chef''s seasonal canapés',        'ST', 100, NULL::numeric),
    (2,  'S', 'Ham hock terrine',                'Chicken liver parfait',           'ST',  70, NULL),
    (3,  'S', 'Beetroot & goat''s cheese tart',  'Tomato & basil soup',             'VE',  30, NULL),
    (4,  'M', 'Roast sirloin of beef',           'Slow-roast pork belly',           'ST',  55, NULL),
    (5,  'M', 'Pan-fried sea bass',              'Herb-crusted salmon',             'GF',  20, 4.50),
    (6,  'M', 'Wild mushroom risotto',           'Butternut squash wellington',     'VE',  15, NULL),
    (7,  'M', 'Spiced chickpea tagine',          'Roasted cauliflower steak',       'VG',   5, NULL),
    (8,  'M', 'Chicken tikka masala (halal)',    'Lamb rogan josh (halal)',         'HL',   5, NULL),
    (9,  'D', 'Sticky toffee pudding',           'Eton mess',                       'ST',  65, NULL),
    (10, 'D', 'Lemon posset',                    'Flourless chocolate torte',       'GF',  25, NULL),
    (11, 'D', 'Dark chocolate & coconut mousse', 'Mango sorbet',                    'VG',  10, NULL),
    (12, 'E', 'Bacon & sausage rolls',           'Hog roast baps',                  'ST',  80, NULL),
    (13, 'E', 'Cheese board',                    'Wood-fired pizza station',        'VE',  40, 6.00)
)
SELECT row_number() OVER (ORDER BY b.bkg_id, t.slot), b.bkg_id, t.crs,
       CASE WHEN b.bkg_id % 2 = 0 THEN t.nm_a ELSE t.nm_b END, t.diet,
       greatest(1, b.gst_cnt * t.pct / 100), t.xtra
FROM bkg b CROSS JOIN t
WHERE b.pkg_id IS NOT NULL AND b.bk_stat IN ('C','D')
  AND (b.bk_stat = 'D' OR b.bkg_id % 3 <> 1)                 -- some confirmed couples have not chosen yet
  AND (t.slot <> 1 OR b.evt_typ <> 'C')
  AND (t.slot NOT IN (2, 3) OR b.evt_typ <> 'R')               -- evening receptions: no sit-down starter
  AND (t.slot <> 7 OR b.bkg_id % 3 = 0)
  AND (t.slot <> 8 OR b.bkg_id % 5 = 0)
  AND (t.slot <> 11 OR b.bkg_id % 4 = 0)
  AND (t.slot NOT IN (12, 13) OR b.evt_typ IN ('W','R'))
  AND (t.slot <> 13 OR b.bkg_id % 2 = 0);

-- ---------------------------------------------------------------- bkg_supp (suppliers booked for an event)
CREATE TABLE bkg_supp (
    bkg_id   integer NOT NULL REFERENCES bkg (bkg_id),
    supp_id  smallint NOT NULL REFERENCES supp (supp_id),
    fee      numeric(8,2) NOT NULL,
    arr_tm   time,
    PRIMARY KEY (bkg_id, supp_id)
);
COMMENT ON TABLE bkg_supp IS 'Which outside suppliers work at which booking';
COMMENT ON COLUMN bkg_supp.fee IS 'agreed supplier fee, GBP, paid by the client to the supplier';
COMMENT ON COLUMN bkg_supp.arr_tm IS 'arrival time on the day; NULL = not agreed yet';

INSERT INTO bkg_supp (bkg_id, supp_id, fee, arr_tm)
WITH b AS (
    SELECT bkg_id, evt_typ, bk_stat FROM bkg WHERE bk_stat IN ('H','C','D')
), s AS (
    -- florist
    SELECT bkg_id, bk_stat, (ARRAY[1,2,3,1])[1 + bkg_id % 4] AS supp_id, 450 + (bkg_id * 37) % 900 AS fee, time '10:00' AS tm
    FROM b WHERE evt_typ IN ('W','R') OR (evt_typ = 'P' AND bkg_id % 3 = 0)
    UNION ALL  -- music: band or DJ
    SELECT bkg_id, bk_stat,
           CASE WHEN evt_typ IN ('W','R') AND bkg_id % 2 = 0 THEN (ARRAY[6,7,8])[1 + bkg_id % 3]
                ELSE (ARRAY[10,11])[1 + (bkg_id / 2) % 2] END,
           CASE WHEN evt_typ IN ('W','R') AND bkg_id % 2 = 0 THEN 1400 + (bkg_id * 53) % 1200 ELSE 450 + (bkg_id * 19) % 300 END,
           time '18:30'
    FROM b WHERE evt_typ IN ('W','R','P')
    UNION ALL  -- photographer
    SELECT bkg_id, bk_stat, (ARRAY[12,13,14])[1 + bkg_id % 3], 1200 + (bkg_id * 41) % 1300, time '11:30'
    FROM b WHERE evt_typ = 'W' OR (evt_typ = 'R' AND bkg_id % 2 = 0)
    UNION ALL  -- videographer
    SELECT bkg_id, bk_stat, 15, 1500 + (bkg_id * 13) % 800, time '11:30'
    FROM b WHERE evt_typ = 'W' AND bkg_id % 4 = 0
    UNION ALL  -- cake
    SELECT bkg_id, bk_stat, (ARRAY[16,17])[1 + bkg_id % 2], 300 + (bkg_id * 7) % 400, time '14:00'
    FROM b WHERE evt_typ = 'W' OR (evt_typ = 'P' AND bkg_id % 2 = 0)
    UNION ALL  -- decor and styling
    SELECT bkg_id, bk_stat, (ARRAY[18,19,18])[1 + bkg_id % 3], 250 + (bkg_id * 23) % 1100, time '09:00'
    FROM b WHERE (evt_typ IN ('W','R') AND bkg_id % 3 <> 1) OR (evt_typ = 'C' AND bkg_id % 2 = 0)
    UNION ALL  -- wedding car
    SELECT bkg_id, bk_stat, 20, 380 + (bkg_id * 11) % 250, time '12:00'
    FROM b WHERE evt_typ = 'W' AND bkg_id % 3 = 0
    UNION ALL  -- photo booth
    SELECT bkg_id, bk_stat, 22, 495, time '19:00'
    FROM b WHERE bkg_id % 5 = 0
)
SELECT bkg_id, supp_id, fee,
       CASE WHEN bk_stat <> 'D' AND (bkg_id + supp_id) % 3 = 0 THEN NULL ELSE tm END
FROM s;

-- ---------------------------------------------------------------- rota (staff shifts)
CREATE TABLE rota (
    shft_id  integer PRIMARY KEY,
    stf_nm   text NOT NULL,
    role_cd  char(2) NOT NULL,
    shft_dt  date NOT NULL,
    st_tm    time NOT NULL,
    end_tm   time,
    bkg_id   integer,
    hrly_rt  numeric(5,2) NOT NULL
);
COMMENT ON TABLE rota IS 'Staff rota: one row per shift worked by a member of staff';
COMMENT ON COLUMN rota.stf_nm IS 'staff member (full name)';
COMMENT ON COLUMN rota.role_cd IS 'EM = event manager, CH = chef, WT = waiting staff, BR = bar staff, CL = cleaner, SC = security / door';
COMMENT ON COLUMN rota.st_tm IS 'shift start (local time)';
COMMENT ON COLUMN rota.end_tm IS 'clock-out time; NULL = did not clock out (hours still to be checked)';
COMMENT ON COLUMN rota.bkg_id IS 'event the shift is for (bkg.bkg_id; no foreign key, typed in by hand); NULL = general shift not tied to an event';
COMMENT ON COLUMN rota.hrly_rt IS 'hourly pay rate, GBP';

INSERT INTO rota (shft_id, stf_nm, role_cd, shft_dt, st_tm, end_tm, bkg_id, hrly_rt)
WITH stf(role, n, nm) AS (VALUES
    ('EM', 1, 'Hazel Morgan'), ('EM', 2, 'Tom Bradley'), ('EM', 3, 'Priya Shah'),
    ('CH', 1, 'Marco Bellini'), ('CH', 2, 'Sian Davies'), ('CH', 3, 'Kwame Mensah'),
    ('WT', 1, 'Ellie Ward'), ('WT', 2, 'Josh Patel'), ('WT', 3, 'Chloe Evans'), ('WT', 4, 'Ruby Hughes'),
    ('WT', 5, 'Liam O''Connor'), ('WT', 6, 'Zofia Nowak'), ('WT', 7, 'Aled Jones'), ('WT', 8, 'Maya Singh'),
    ('WT', 9, 'Harvey Lloyd'), ('WT', 10, 'Beth Rowlands'),
    ('BR', 1, 'Dan Fletcher'), ('BR', 2, 'Georgia Price'), ('BR', 3, 'Callum Reid'),
    ('CL', 1, 'Bernadette Kelly'), ('CL', 2, 'Stan Wozniak'),
    ('SC', 1, 'Rich Okafor')
), cnt AS (
    SELECT role, count(*)::int AS c FROM stf GROUP BY role
), ev AS (
    SELECT bkg_id, evt_dt, gst_cnt, evt_typ FROM bkg WHERE bk_stat = 'D'
), need AS (
    SELECT bkg_id, evt_dt AS dt, 'EM' AS role, 1 AS k,
           CASE WHEN evt_typ = 'C' THEN time '07:30' ELSE time '10:00' END AS st,
           CASE WHEN evt_typ = 'C' THEN time '18:00' ELSE time '23:30' END AS en
    FROM ev
    UNION ALL
    SELECT bkg_id, evt_dt, 'CH', k, time '09:00', CASE WHEN evt_typ = 'C' THEN time '16:00' ELSE time '21:30' END
    FROM ev CROSS JOIN LATERAL generate_series(1, least(3, 1 + gst_cnt / 100)) AS k
    UNION ALL
    SELECT bkg_id, evt_dt, 'WT', k, CASE WHEN evt_typ = 'C' THEN time '08:00' ELSE time '14:00' END,
           CASE WHEN evt_typ = 'C' THEN time '17:00' ELSE time '23:00' END
    FROM ev CROSS JOIN LATERAL generate_series(1, least(10, greatest(2, gst_cnt / 30))) AS k
    UNION ALL
    SELECT bkg_id, evt_dt, 'BR', k, time '17:00', time '23:45'
    FROM ev CROSS JOIN LATERAL generate_series(1, least(3, 1 + gst_cnt / 120)) AS k
    WHERE evt_typ <> 'C'
    UNION ALL
    SELECT bkg_id, evt_dt, 'SC', 1, time '18:00', time '23:59'
    FROM ev WHERE gst_cnt >= 120 AND evt_typ <> 'C'
    UNION ALL
    SELECT bkg_id, evt_dt + 1, 'CL', 1, time '08:00', time '12:00'
    FROM ev WHERE evt_dt + 1 <= date '2025-10-31'
), evshift AS (
    SELECT n.dt, n.role, s.nm, n.st, n.en, n.bkg_id
    FROM need n
    JOIN cnt ON cnt.role = n.role
    JOIN stf s ON s.role = n.role AND s.n = 1 + (n.bkg_id + n.k) % cnt.c
), general AS (
    -- weekday cleaning, not tied to an event
    SELECT d::date AS dt, 'CL' AS role, CASE WHEN extract(isodow FROM d) IN (1, 3, 5) THEN 'Bernadette Kelly' ELSE 'Stan Wozniak' END AS nm,
           time '07:00' AS st, time '11:00' AS en, NULL::integer AS bkg_id
    FROM generate_series(date '2024-01-01', date '2025-10-31', interval '1 day') AS d
    WHERE extract(isodow FROM d) <= 5
    UNION ALL
    -- office days of the event managers (viewings, client meetings)
    SELECT d::date, 'EM', (ARRAY['Hazel Morgan','Tom Bradley','Priya Shah'])[1 + (extract(week FROM d)::int + extract(isodow FROM d)::int) % 3],
           time '09:00', time '17:00', NULL
    FROM generate_series(date '2024-01-01', date '2025-10-31', interval '1 day') AS d
    WHERE extract(isodow FROM d) IN (2, 4)
    UNION ALL
    -- chef prep days before the summer season, not booked against one event
    SELECT d::date, 'CH', 'Marco Bellini', time '08:00', time '14:00', NULL
    FROM generate_series(date '2024-04-01', date '2025-10-31', interval '1 day') AS d
    WHERE extract(isodow FROM d) = 5 AND extract(month FROM d) BETWEEN 4 AND 9
), allsh AS (
    SELECT * FROM evshift UNION ALL SELECT * FROM general
), num AS (
    SELECT allsh.*, row_number() OVER (ORDER BY dt, st, role, nm, bkg_id)::int AS id FROM allsh
)
SELECT id, nm, role, dt, st,
       CASE WHEN id % 97 = 0 OR dt = date '2025-10-31' THEN NULL ELSE en END,
       bkg_id,
       (CASE role WHEN 'EM' THEN 18.50 WHEN 'CH' THEN 16.00 WHEN 'WT' THEN 11.44 WHEN 'BR' THEN 12.00
                  WHEN 'CL' THEN 11.44 ELSE 14.00 END)
       + CASE WHEN dt >= date '2025-04-01' THEN 0.77 ELSE 0 END
FROM num;

ANALYZE;
