-- Made-up schema: "Keen Edge", a one-man mobile knife and tool sharpening service in Edinburgh and
-- the Lothians (prices in GBP; the owner, Davie, is not VAT registered). He works out of a lock-up in
-- Musselburgh with one van and grinds on board. Habits of the business, as the data record them:
--   * Call-outs (visit.visit_typ = 'C'): he goes to the customer's premises - restaurants and cafes,
--     butchers and fishmongers, hairdressers and barbers (scissors), tradesmen, and now and then a
--     household that books him to the door.
--   * Market days ('M'): a stall at a farmers' market (Castle Terrace most Saturdays, Linlithgow on the
--     first Saturday of the month, Haddington on the last Saturday until he gave it up in autumn 2025,
--     Stockbridge on the 2nd and 4th Sunday except Jan-Feb, a Christmas fayre in Musselburgh). Market
--     punters are not customers on the books: their pieces are logged against the market visit, with
--     visit.cust_id NULL, and the takings are paid on the day (cash and card) against the visit.
--   * Swap runs ('S'): restaurants on the knife-swap subscription get one or two clean sets of his own
--     knives (kset) every cycle - a fortnight, a couple of big kitchens weekly - and he takes the
--     blunt set(s) away; swp logs each set dropped off and collected. Any of the customer's own knives
--     he does on a swap run are logged in pce like any other piece and invoiced.
--   * Every piece through his hands is a row in pce, with its kind (itm), its edge, whether chips were
--     ground out, and - if he knocked it back (refused it) - the reason; a refused piece is charged 0.
--   * Trade customers on account (cust.acct) get one invoice per month, dated the last day of the
--     month, for that month's work plus the subscription fee; everybody else pays on the day.
--     Payments are against an invoice (inv_no) or, for pay-on-the-day work, against the visit.
--   * Prices went up on 1 April 2025. He is off from 24 December to 3 January and two weeks in July.
--   * Vans: the old Berlingo until it was part-exchanged on 14 April 2025, the Trafic since; a hire
--     van for a fortnight in February 2026 while the Trafic was in the garage.
-- Data are deterministic (generate_series, modulo arithmetic and hashtext; no random()); the data
-- cut-off, i.e. "today" / "the now", is 2026-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS expenses;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS swp;
DROP TABLE IF EXISTS pce;
DROP TABLE IF EXISTS visit;
DROP TABLE IF EXISTS kset;
DROP TABLE IF EXISTS swap_sub;
DROP TABLE IF EXISTS itm;
DROP TABLE IF EXISTS mkt;
DROP TABLE IF EXISTS van;
DROP TABLE IF EXISTS cust;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id    integer PRIMARY KEY,
    cust_nm    text NOT NULL,
    cust_typ   char(1) NOT NULL,
    area       text NOT NULL,
    tel        varchar(16),
    email      text,
    acct       boolean NOT NULL DEFAULT false,
    pay_terms  smallint,
    crt_dt     date NOT NULL,
    gone_dt    date
);
COMMENT ON TABLE cust IS 'Customers on the books (market punters are not in here)';
COMMENT ON COLUMN cust.cust_typ IS 'R = restaurant / cafe / hotel kitchen, B = butcher / fishmonger / deli, H = hairdresser / barber, T = other trade (joiner, tree surgeon, upholsterer...), D = domestic (household)';
COMMENT ON COLUMN cust.area IS 'part of Edinburgh or Lothians town';
COMMENT ON COLUMN cust.email IS 'NULL = no email';
COMMENT ON COLUMN cust.acct IS 'true = trade account, invoiced monthly; false = pays on the day';
COMMENT ON COLUMN cust.pay_terms IS 'days to pay an invoice (14 or 30); NULL for customers not on account';
COMMENT ON COLUMN cust.crt_dt IS 'date put on the books (2024-01-02 = brought over from the old spreadsheet)';
COMMENT ON COLUMN cust.gone_dt IS 'date they closed down or stopped using us; NULL = still a customer';

INSERT INTO cust (cust_id, cust_nm, cust_typ, area, tel, email, acct, pay_terms, crt_dt, gone_dt)
WITH b AS (
    SELECT c,
           (ARRAY['R','R','B','H','R','D','H','R','B','T','R','H','D','R','H','D','R','B','H','D'])[1 + (c * 7) % 20] AS typ,
           (ARRAY['Leith','Stockbridge','Bruntsfield','Morningside','Portobello','Old Town','New Town','Newington',
                  'Musselburgh','Dalkeith','North Berwick','Haddington','Linlithgow','Livingston','Corstorphine'])
               [1 + abs(hashtext('area' || c)) % 15] AS area,
           CASE WHEN c <= 90 THEN date '2024-01-02' ELSE date '2024-01-02' + (c - 90) * 26 END AS crt_dt
    FROM generate_series(1, 130) AS c
), n AS (
    SELECT b.*, row_number() OVER (PARTITION BY typ ORDER BY c) AS rn FROM b
), nm AS (
    SELECT n.*,
           CASE typ
               WHEN 'R' THEN 'The ' || (ARRAY['Gannet','Kelpie','Bothy','Thistle','Drovers','Bramble','Heron','Selkie','Puffin','Curlew','Larder'])[1 + (rn - 1) % 11]
                             || (ARRAY[' Kitchen',' Bistro',' Grill',' Cafe',' Dining Room',' Brasserie'])[1 + ((rn - 1) / 11) % 6]
               WHEN 'B' THEN (ARRAY['Crombie','Gourlay','McAra','Brodie','Lumsden','Pringle','Dunlop','Haig','Rutherford','Kerr','Affleck','Baillie','Mackie'])[1 + (rn - 1) % 13]
                             || (ARRAY[' Butchers',' Family Butcher',' Fishmonger'])[1 + ((rn - 1) / 13) % 3]
               WHEN 'H' THEN (ARRAY['Fade Street','Snip','Mane Event','Bella','Strand','Clipper Jo''s','Crown & Comb','Fringe Benefits','Quiff','Razor''s Edge','Bobby Dazzler','Tease'])[1 + (rn - 1) % 12]
                             || (ARRAY[' Barbers',' Hair Studio',' Salon',' Hair Co'])[1 + ((rn - 1) / 12) % 4]
               WHEN 'D' THEN (ARRAY['Mrs','Mr','Ms','Dr'])[1 + rn % 4] || ' '
                             || (ARRAY['A','E','F','G','H','J','K','M','R','S','W'])[1 + rn % 11] || '. '
                             || (ARRAY['Paterson','Henderson','Cunningham','Drummond','Fairbairn','Laidlaw','Ogilvie','Sinclair','Wishart','Moffat','Tait','Urquhart','Veitch'])[1 + rn % 13]
               ELSE (ARRAY['Pentland Joinery','Lothian Tree Care','Esk Valley Upholstery','Braid Hills Landscaping','Cramond Boatworks',
                           'Arthur''s Seat Saddlery','Forth Bridges Roofing','Tyne Valley Forestry','Calton Picture Framers','Hermitage Gardens'])[rn]
           END AS nm
    FROM n
)
SELECT c, nm, typ, area,
       CASE WHEN typ = 'D' THEN '07' || lpad(((c::bigint * 982451653 + 712345678) % 1000000000)::text, 9, '0')
            WHEN c % 17 = 9 THEN NULL
            ELSE CASE WHEN area IN ('Linlithgow','Livingston') THEN '01506 ' WHEN area IN ('Haddington','North Berwick') THEN '01620 ' ELSE '0131 ' END
                 || lpad((200 + (c * 7919) % 800)::text, 3, '0') || ' ' || lpad(((c * 104729) % 10000)::text, 4, '0') END,
       CASE WHEN c % 6 = 4 OR (typ = 'D' AND c % 2 = 0) THEN NULL
            WHEN typ = 'D' THEN lower(regexp_replace(split_part(nm, ' ', 2) || split_part(nm, ' ', 3), '[^A-Za-z]', '', 'g')) || (c % 90)::text || '@'
                 || (ARRAY['gmail.com','btinternet.com','outlook.com','icloud.com'])[1 + c % 4]
            ELSE (ARRAY['info@','hello@','bookings@'])[1 + c % 3] || lower(regexp_replace(nm, '[^A-Za-z]', '', 'g')) || '.co.uk' END,
       (typ IN ('R','B') AND c % 8 <> 5) OR (typ = 'H' AND c % 3 <> 0),
       CASE WHEN (typ IN ('R','B') AND c % 8 <> 5) OR (typ = 'H' AND c % 3 <> 0)
            THEN CASE WHEN c % 5 = 0 THEN 30 ELSE 14 END END,
       crt_dt,
       CASE WHEN c % 13 = 7 AND typ <> 'D' AND crt_dt + 250 + (c * 37) % 400 <= date '2026-11-30'
            THEN crt_dt + 250 + (c * 37) % 400 END
FROM nm;

-- ---------------------------------------------------------------- van
CREATE TABLE van (
    van_id   smallint PRIMARY KEY,
    reg      varchar(10) NOT NULL,
    mdl      text NOT NULL,
    from_dt  date NOT NULL,
    to_dt    date
);
COMMENT ON COLUMN van.to_dt IS 'sold / handed back; NULL = still in use';

INSERT INTO van (van_id, reg, mdl, from_dt, to_dt) VALUES
    (1, 'SN67 KXR', 'Citroen Berlingo',                  date '2019-05-20', date '2025-04-14'),
    (2, 'SK24 WDH', 'Renault Trafic',                    date '2025-04-14', NULL),
    (3, 'SF25 HZA', 'Ford Transit Custom (hire)',        date '2026-02-09', date '2026-02-20');

-- ---------------------------------------------------------------- mkt (farmers' markets)
CREATE TABLE mkt (
    mkt_id     smallint PRIMARY KEY,
    mkt_nm     text NOT NULL,
    town       text NOT NULL,
    usual_day  varchar(40) NOT NULL,
    pitch_fee  numeric(5,2) NOT NULL,
    miles_rt   smallint NOT NULL,
    active     boolean NOT NULL
);
COMMENT ON TABLE mkt IS 'Markets where I take a stall';
COMMENT ON COLUMN mkt.pitch_fee IS 'pitch fee per market day, GBP';
COMMENT ON COLUMN mkt.miles_rt IS 'round trip from the lock-up, miles';
COMMENT ON COLUMN mkt.active IS 'false = not doing this one any more';

INSERT INTO mkt (mkt_id, mkt_nm, town, usual_day, pitch_fee, miles_rt, active) VALUES
    (1, 'Edinburgh Farmers'' Market, Castle Terrace', 'Edinburgh',   'Saturdays',                 45.00, 26, true),
    (2, 'Stockbridge Market',                         'Edinburgh',   '2nd & 4th Sunday, Mar-Dec', 40.00, 30, true),
    (3, 'Linlithgow Farmers'' Market',                'Linlithgow',  '1st Saturday',              30.00, 62, true),
    (4, 'Haddington Farmers'' Market',                'Haddington',  'last Saturday',             25.00, 32, false),
    (5, 'Musselburgh Christmas Fayre',                'Musselburgh', '1st & 3rd Sunday in Dec',   20.00,  4, true);

-- ---------------------------------------------------------------- itm (kinds of piece)
CREATE TABLE itm (
    itm_cd    char(3) PRIMARY KEY,
    descr     text NOT NULL,
    grp       char(1) NOT NULL,
    base_px   numeric(5,2) NOT NULL,
    dflt_edge char(1) NOT NULL
);
COMMENT ON TABLE itm IS 'Kinds of piece and the price list';
COMMENT ON COLUMN itm.grp IS 'K = knife, S = scissors, T = tool / garden';
COMMENT ON COLUMN itm.base_px IS 'list price per piece since 1 Apr 2025, GBP (50p less before)';
COMMENT ON COLUMN itm.dflt_edge IS 'usual edge, same codes as pce.edge_cd';

INSERT INTO itm (itm_cd, descr, grp, base_px, dflt_edge) VALUES
    ('CHF', 'Chef''s / cook''s knife',                      'K',  6.00, 'V'),
    ('PAR', 'Paring / utility knife',                       'K',  4.00, 'V'),
    ('BRD', 'Bread knife',                                  'K',  6.00, 'S'),
    ('SLC', 'Slicer / carving knife',                       'K',  7.00, 'V'),
    ('SAN', 'Santoku',                                      'K',  6.00, 'V'),
    ('BON', 'Boning knife',                                 'K',  5.00, 'V'),
    ('CLV', 'Cleaver',                                      'K',  8.00, 'V'),
    ('YAN', 'Japanese single-bevel (yanagiba, deba)',       'K', 12.00, 'J'),
    ('POK', 'Pocket knife',                                 'K',  5.00, 'V'),
    ('KSC', 'Kitchen scissors',                             'S',  5.00, 'V'),
    ('HSC', 'Hairdressing scissors',                        'S', 18.00, 'C'),
    ('TSC', 'Thinning scissors',                            'S', 20.00, 'C'),
    ('SHR', 'Secateurs / garden shears',                    'T',  8.00, 'V'),
    ('AXE', 'Axe / hatchet',                                'T', 10.00, 'C'),
    ('CHS', 'Chisel / plane iron',                          'T',  5.00, 'J'),
    ('MWR', 'Mower blade',                                  'T', 12.00, 'X');

-- ---------------------------------------------------------------- swap_sub (knife-swap subscriptions)
CREATE TABLE swap_sub (
    sub_id   smallint PRIMARY KEY,
    cust_id  integer NOT NULL UNIQUE REFERENCES cust (cust_id),
    start_dt date NOT NULL,
    end_dt   date,
    sets_n   smallint NOT NULL,
    cyc_dy   smallint NOT NULL DEFAULT 14,
    fee_pm   numeric(6,2) NOT NULL
);
COMMENT ON TABLE swap_sub IS 'Knife-swap subscriptions (restaurants)';
COMMENT ON COLUMN swap_sub.end_dt IS 'last swap / cancelled; NULL = still running';
COMMENT ON COLUMN swap_sub.sets_n IS 'number of sets swapped each time';
COMMENT ON COLUMN swap_sub.cyc_dy IS 'days between swaps';
COMMENT ON COLUMN swap_sub.fee_pm IS 'monthly fee, GBP';

INSERT INTO swap_sub (sub_id, cust_id, start_dt, end_dt, sets_n, cyc_dy, fee_pm)
WITH s AS (
    SELECT c.cust_id, c.gone_dt,
           date '2024-01-09' + 7 * ((greatest(c.crt_dt - date '2024-01-09', 0) + (c.cust_id * 13) % 420) / 7) + (c.cust_id / 3) % 3 AS st,
           CASE WHEN c.cust_id % 5 = 0 OR c.cust_id % 7 = 0 THEN 2 ELSE 1 END AS sets_n,
           CASE WHEN c.cust_id IN (43, 70) THEN 7 ELSE 14 END AS cyc
    FROM cust c
    WHERE c.cust_typ = 'R' AND c.acct AND c.cust_id % 3 = 1
), e AS (
    SELECT s.*,
           CASE WHEN gone_dt IS NOT NULL THEN gone_dt - 3
                WHEN cust_id % 4 = 0 AND st + 300 + (cust_id * 7) % 200 <= date '2026-11-30' THEN st + 300 + (cust_id * 7) % 200
           END AS en
    FROM s
    WHERE st < coalesce(gone_dt, date '2026-11-30') - 40
)
SELECT row_number() OVER (ORDER BY st, cust_id), cust_id, st, en, sets_n, cyc,
       CASE cyc WHEN 7 THEN 75.00 ELSE 42.00 END * sets_n - CASE WHEN st < date '2025-04-01' THEN 4.00 ELSE 0 END
FROM e;

-- ---------------------------------------------------------------- kset (my own swap sets)
CREATE TABLE kset (
    set_id      smallint PRIMARY KEY,
    set_cd      varchar(6) NOT NULL UNIQUE,
    n_pcs       smallint NOT NULL,
    make        text NOT NULL,
    bought_dt   date NOT NULL,
    cost        numeric(7,2) NOT NULL,
    retired_dt  date
);
COMMENT ON TABLE kset IS 'My own knife sets that go out on the swap';
COMMENT ON COLUMN kset.n_pcs IS 'knives in the set';
COMMENT ON COLUMN kset.retired_dt IS 'taken out of use; NULL = in use';

INSERT INTO kset (set_id, set_cd, n_pcs, make, bought_dt, cost, retired_dt)
WITH s AS (
    SELECT s.*, sum(2 * sets_n) OVER (ORDER BY sub_id) - 2 * sets_n AS base FROM swap_sub s
), k AS (
    SELECT base + j AS set_id, start_dt, end_dt, sub_id FROM s CROSS JOIN LATERAL generate_series(1, 2 * s.sets_n) AS j
    UNION ALL
    SELECT (SELECT sum(2 * sets_n) FROM swap_sub) + j, date '2026-06-01', NULL, NULL FROM generate_series(1, 3) AS j
)
SELECT set_id, 'KS' || lpad(set_id::text, 2, '0'),
       (ARRAY[5, 6, 6, 8])[1 + set_id % 4],
       (ARRAY['Victorinox Fibrox','Wusthof Classic','F. Dick Pro'])[1 + set_id % 3],
       start_dt - 12,
       (ARRAY[145.00, 310.00, 220.00])[1 + set_id % 3] * (ARRAY[5, 6, 6, 8])[1 + set_id % 4] / 6,
       CASE WHEN end_dt IS NOT NULL AND set_id % 2 = 0 THEN end_dt + 30 END
FROM k;

-- ---------------------------------------------------------------- visit
CREATE TABLE visit (
    visit_id   integer PRIMARY KEY,
    svc_dt     date NOT NULL,
    visit_typ  char(1) NOT NULL,
    cust_id    integer REFERENCES cust (cust_id),
    mkt_id     smallint REFERENCES mkt (mkt_id),
    van_id     smallint NOT NULL REFERENCES van (van_id),
    miles      numeric(5,1),
    mins       smallint NOT NULL,
    note       text
);
COMMENT ON TABLE visit IS 'Every call-out, swap run and market day';
COMMENT ON COLUMN visit.visit_typ IS 'C = call-out at the customer, S = swap run (subscription), M = market day';
COMMENT ON COLUMN visit.cust_id IS 'NULL on market days';
COMMENT ON COLUMN visit.mkt_id IS 'market, on market days only';
COMMENT ON COLUMN visit.miles IS 'van miles for the visit; NULL = forgot to log it';
COMMENT ON COLUMN visit.mins IS 'minutes on site';

INSERT INTO visit (visit_id, svc_dt, visit_typ, cust_id, mkt_id, van_id, miles, mins, note)
WITH co AS (           -- call-outs
    SELECT c.cust_id, c.cust_typ, c.area, c.crt_dt, c.gone_dt,
           c.crt_dt + (c.cust_id * 3) % i.iv + k * i.iv + abs(hashtext('co' || c.cust_id || '-' || k)) % 7 - 3 AS d0
    FROM cust c
    CROSS JOIN LATERAL (SELECT CASE c.cust_typ WHEN 'R' THEN 56 WHEN 'B' THEN 35 WHEN 'H' THEN 70 WHEN 'D' THEN 230 ELSE 150 END AS iv) i
    CROSS JOIN LATERAL generate_series(0, 60) AS k
    WHERE NOT (c.cust_typ = 'D' AND c.cust_id % 4 = 1)
), co2 AS (
    SELECT co.*, CASE extract(dow FROM d0) WHEN 6 THEN d0 - 1 WHEN 0 THEN d0 + 1 ELSE d0 END AS d
    FROM co
), sw AS (             -- swap runs
    SELECT s.cust_id, s.start_dt + k * s.cyc_dy AS d
    FROM swap_sub s CROSS JOIN LATERAL generate_series(0, 160) AS k
    WHERE s.start_dt + k * s.cyc_dy <= coalesce(s.end_dt, date '2026-11-30')
), mk AS (             -- market days
    SELECT d,
           CASE WHEN extract(dow FROM d) = 6 THEN
                     CASE WHEN extract(day FROM d) <= 7 THEN 3
                          WHEN extract(month FROM d + 7) <> extract(month FROM d) AND d < date '2025-10-01' THEN 4
                          ELSE 1 END
                WHEN extract(month FROM d) = 12 AND (extract(day FROM d) <= 7 OR extract(day FROM d) BETWEEN 15 AND 21) THEN 5
                WHEN extract(month FROM d) NOT IN (1, 2) AND (extract(day FROM d) BETWEEN 8 AND 14 OR extract(day FROM d) BETWEEN 22 AND 28) THEN 2
           END AS mkt_id
    FROM (SELECT g::date AS d FROM generate_series(date '2024-01-06', date '2026-11-30', interval '1 day') AS g) AS g
    WHERE extract(dow FROM d) IN (0, 6) AND abs(hashtext('mk' || d)) % 12 <> 0
), a AS (
    SELECT d, 'C' AS typ, cust_id, NULL::smallint AS mkt_id FROM co2
    WHERE d >= crt_dt AND d <= least(gone_dt, date '2026-11-30')
      AND NOT EXISTS (SELECT 1 FROM swap_sub s WHERE s.cust_id = co2.cust_id
                      AND co2.d BETWEEN s.start_dt - 7 AND coalesce(s.end_dt, date '2026-11-30'))
    UNION ALL
    SELECT d, 'S', cust_id, NULL FROM sw
    UNION ALL
    SELECT d, 'M', NULL, mkt_id FROM mk WHERE mkt_id IS NOT NULL
), f AS (
    SELECT a.*, row_number() OVER (ORDER BY d, typ, cust_id, mkt_id) AS vid
    FROM a
    WHERE NOT ((extract(month FROM d) = 12 AND extract(day FROM d) >= 24) OR (extract(month FROM d) = 1 AND extract(day FROM d) <= 3)
               OR d BETWEEN date '2024-07-15' AND date '2024-07-28' OR d BETWEEN date '2025-07-14' AND date '2025-07-27'
               OR d BETWEEN date '2026-07-13' AND date '2026-07-26')
)
SELECT f.vid, f.d, f.typ, f.cust_id, f.mkt_id,
       CASE WHEN f.d < date '2025-04-14' THEN 1 WHEN f.d BETWEEN date '2026-02-09' AND date '2026-02-20' THEN 3 ELSE 2 END,
       CASE WHEN f.vid % 19 = 0 THEN NULL
            WHEN f.typ = 'M' THEN m.miles_rt + (abs(hashtext('mi' || f.vid)) % 30) / 10.0
            ELSE CASE c.area WHEN 'Musselburgh' THEN 3 WHEN 'Portobello' THEN 6 WHEN 'Leith' THEN 12 WHEN 'Old Town' THEN 14
                             WHEN 'New Town' THEN 14 WHEN 'Newington' THEN 12 WHEN 'Stockbridge' THEN 16 WHEN 'Bruntsfield' THEN 15
                             WHEN 'Morningside' THEN 17 WHEN 'Corstorphine' THEN 22 WHEN 'Dalkeith' THEN 10 WHEN 'Haddington' THEN 22
                             WHEN 'North Berwick' THEN 36 WHEN 'Linlithgow' THEN 48 ELSE 44 END
                 + (abs(hashtext('mi' || f.vid)) % 60) / 10.0 END,
       CASE f.typ WHEN 'M' THEN 300 + abs(hashtext('mn' || f.vid)) % 120
                  WHEN 'S' THEN 10 + abs(hashtext('mn' || f.vid)) % 15
                  ELSE 20 + abs(hashtext('mn' || f.vid)) % 45 END,
       CASE WHEN abs(hashtext('nt' || f.vid)) % 37 = 0 THEN
                 CASE f.typ WHEN 'M' THEN (ARRAY['pishing down all day','quiet, half the stalls empty','busy, queue at 11'])[1 + f.vid % 3]
                            ELSE (ARRAY['back door, ask for the KP','chef off, left with front of house','parking nightmare',
                                        'wants a quote for new set','paid cash, no receipt wanted'])[1 + f.vid % 5] END END
FROM f
LEFT JOIN cust c ON c.cust_id = f.cust_id
LEFT JOIN mkt m ON m.mkt_id = f.mkt_id;

-- ---------------------------------------------------------------- swp (sets swapped)
CREATE TABLE swp (
    swp_id    integer PRIMARY KEY,
    visit_id  integer NOT NULL REFERENCES visit (visit_id),
    sub_id    smallint NOT NULL REFERENCES swap_sub (sub_id),
    set_dlv   smallint NOT NULL REFERENCES kset (set_id),
    set_col   smallint REFERENCES kset (set_id)
);
COMMENT ON TABLE swp IS 'One row per set swapped on a swap run';
COMMENT ON COLUMN swp.set_dlv IS 'clean set dropped off';
COMMENT ON COLUMN swp.set_col IS 'blunt set collected; NULL on the first swap';

INSERT INTO swp (swp_id, visit_id, sub_id, set_dlv, set_col)
WITH s AS (
    SELECT s.*, sum(2 * sets_n) OVER (ORDER BY sub_id) - 2 * sets_n AS base FROM swap_sub s
), v AS (
    SELECT v.visit_id, s.sub_id, s.sets_n, s.base,
           row_number() OVER (PARTITION BY s.sub_id ORDER BY v.svc_dt) - 1 AS i
    FROM visit v JOIN s ON s.cust_id = v.cust_id
    WHERE v.visit_typ = 'S'
)
SELECT row_number() OVER (ORDER BY visit_id, j), visit_id, sub_id,
       base + (i % 2) * sets_n + j,
       CASE WHEN i > 0 THEN base + ((i - 1) % 2) * sets_n + j END
FROM v CROSS JOIN LATERAL generate_series(1, v.sets_n) AS j;

-- ---------------------------------------------------------------- pce (pieces)
CREATE TABLE pce (
    pce_id    integer PRIMARY KEY,
    visit_id  integer NOT NULL REFERENCES visit (visit_id),
    itm_cd    char(3) NOT NULL REFERENCES itm (itm_cd),
    edge_cd   char(1) NOT NULL,
    len_cm    smallint,
    chip_fix  boolean NOT NULL DEFAULT false,
    rfs_cd    char(1),
    px        numeric(6,2) NOT NULL
);
COMMENT ON TABLE pce IS 'Every piece sharpened (or knocked back), per visit';
COMMENT ON COLUMN pce.edge_cd IS 'V = plain double-bevel V edge, S = serrated / scalloped, J = single bevel (chisel grind: Japanese knives, chisels, plane irons), C = convex (hair scissors, axes), X = rough grind (mower blades)';
COMMENT ON COLUMN pce.len_cm IS 'blade length, cm (knives only); NULL = not measured / not a knife';
COMMENT ON COLUMN pce.chip_fix IS 'true = chips ground out (chip repair charged)';
COMMENT ON COLUMN pce.rfs_cd IS 'why I knocked it back: C = cracked / snapped, K = ceramic, W = worn out (no heel left), R = rust pitting too deep, N = not worth it (cheap serrated); NULL = sharpened';
COMMENT ON COLUMN pce.px IS 'charged for the piece, GBP; 0 if knocked back';

INSERT INTO pce (pce_id, visit_id, itm_cd, edge_cd, len_cm, chip_fix, rfs_cd, px)
WITH v AS (
    SELECT v.visit_id, v.svc_dt, v.visit_typ, c.cust_typ, abs(hashtext('n' || v.visit_id)) AS hv
    FROM visit v LEFT JOIN cust c ON c.cust_id = v.cust_id
), n AS (
    SELECT v.*,
           CASE WHEN visit_typ = 'M' THEN CASE WHEN hv % 9 = 0 THEN 2 + (hv / 9) % 3 ELSE 7 + hv % 16 END
                WHEN visit_typ = 'S' THEN CASE WHEN hv % 3 = 0 THEN 1 + (hv / 3) % 3 ELSE 0 END
                ELSE CASE cust_typ WHEN 'R' THEN 3 + hv % 6 WHEN 'B' THEN 3 + hv % 6 WHEN 'H' THEN 2 + hv % 4
                                   WHEN 'D' THEN 3 + hv % 6 ELSE 2 + hv % 4 END
           END AS n_pcs
    FROM v
), p AS (
    SELECT n.*, k, abs(hashtext('p' || visit_id || '-' || k)) AS h
    FROM n CROSS JOIN LATERAL generate_series(1, n.n_pcs) AS k
), i AS (
    SELECT p.*,
           CASE WHEN visit_typ = 'M' THEN (ARRAY['CHF','CHF','CHF','PAR','PAR','BRD','BRD','SAN','KSC','KSC','SHR','SHR','AXE','HSC','CLV','SLC','YAN','POK','POK','CHS'])[1 + h % 20]
                WHEN cust_typ = 'R' THEN (ARRAY['CHF','CHF','CHF','PAR','PAR','BRD','SLC','SAN','BON','KSC','YAN','CLV'])[1 + h % 12]
                WHEN cust_typ = 'B' THEN (ARRAY['BON','BON','BON','CHF','SLC','SLC','CLV','CLV','KSC','BRD'])[1 + h % 10]
                WHEN cust_typ = 'H' THEN (ARRAY['HSC','HSC','HSC','TSC','HSC','HSC','TSC','KSC'])[1 + h % 8]
                WHEN cust_typ = 'D' THEN (ARRAY['CHF','CHF','PAR','PAR','BRD','SAN','KSC','SHR','CLV'])[1 + h % 9]
                ELSE (ARRAY['CHS','CHS','CHS','AXE','SHR','MWR','AXE'])[1 + h % 7]
           END AS itm_cd
    FROM p
), e AS (
    SELECT i.*, t.grp, t.base_px,
           CASE WHEN i.itm_cd IN ('CHF','PAR','SAN') AND cust_typ IS DISTINCT FROM 'R' AND cust_typ IS DISTINCT FROM 'B' AND (h / 11) % 7 = 0 THEN 'S'
                WHEN i.itm_cd = 'KSC' AND (h / 11) % 3 = 0 THEN 'S'
                WHEN i.itm_cd = 'SAN' AND (h / 11) % 9 = 1 THEN 'J'
                ELSE t.dflt_edge END AS edge_cd,
           CASE WHEN t.grp <> 'K' OR (h / 17) % 23 = 0 THEN NULL
                ELSE CASE i.itm_cd WHEN 'CHF' THEN 18 + (h / 29) % 9 WHEN 'PAR' THEN 8 + (h / 29) % 5 WHEN 'BRD' THEN 20 + (h / 29) % 7
                                   WHEN 'SLC' THEN 20 + (h / 29) % 11 WHEN 'SAN' THEN 16 + (h / 29) % 4 WHEN 'BON' THEN 13 + (h / 29) % 4
                                   WHEN 'CLV' THEN 15 + (h / 29) % 8 WHEN 'YAN' THEN 18 + (h / 29) % 13 ELSE 6 + (h / 29) % 5 END
           END AS len_cm
    FROM i JOIN itm t ON t.itm_cd = i.itm_cd
), r AS (
    SELECT e.*,
           CASE WHEN (visit_typ = 'M' AND (h / 13) % 16 = 0) OR (h / 13) % 45 = 0 THEN
                     CASE WHEN edge_cd = 'S' AND itm_cd <> 'BRD' THEN 'N'
                          WHEN grp = 'K' AND visit_typ = 'M' THEN (ARRAY['C','K','W','R'])[1 + (h / 31) % 4]
                          ELSE (ARRAY['C','W','R'])[1 + (h / 31) % 3] END
           END AS rfs_cd
    FROM e
), c AS (
    SELECT r.*,
           rfs_cd IS NULL AND grp = 'K' AND edge_cd <> 'S'
             AND ((h / 7) % 10 = 0 OR (itm_cd = 'YAN' AND (h / 7) % 3 = 0)) AS chip_fix
    FROM r
)
SELECT row_number() OVER (ORDER BY visit_id, k), visit_id, itm_cd, edge_cd, len_cm, chip_fix, rfs_cd,
       CASE WHEN rfs_cd IS NOT NULL THEN 0.00
            ELSE base_px
                 + CASE WHEN edge_cd = 'S' AND itm_cd <> 'BRD' THEN 1.00 ELSE 0 END
                 + CASE WHEN len_cm >= 25 THEN 2.00 ELSE 0 END
                 + CASE WHEN chip_fix THEN 5.00 ELSE 0 END
                 - CASE WHEN svc_dt < date '2025-04-01' THEN 0.50 ELSE 0 END END
FROM c;

-- ---------------------------------------------------------------- inv (monthly invoices, account customers)
CREATE TABLE inv (
    inv_no   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    inv_dt   date NOT NULL,
    due_dt   date NOT NULL,
    inv_amt  numeric(8,2) NOT NULL,
    sub_amt  numeric(8,2) NOT NULL DEFAULT 0,
    inv_st   char(1) NOT NULL,
    paid_dt  date
);
COMMENT ON TABLE inv IS 'Monthly invoices to account customers, dated the last day of the month';
COMMENT ON COLUMN inv.inv_amt IS 'invoice total, GBP (work + subscription fee)';
COMMENT ON COLUMN inv.sub_amt IS 'knife-swap subscription fee included in inv_amt';
COMMENT ON COLUMN inv.inv_st IS 'O = outstanding (not paid in full yet), P = paid, W = written off';
COMMENT ON COLUMN inv.paid_dt IS 'date paid in full; NULL = not paid in full';

INSERT INTO inv (inv_no, cust_id, inv_dt, due_dt, inv_amt, sub_amt, inv_st, paid_dt)
WITH w AS (
    SELECT v.cust_id, date_trunc('month', v.svc_dt)::date AS m, sum(p.px) AS wrk
    FROM pce p JOIN visit v ON v.visit_id = p.visit_id JOIN cust c ON c.cust_id = v.cust_id
    WHERE c.acct
    GROUP BY 1, 2
), s AS (
    SELECT s.cust_id, m::date AS m, s.fee_pm AS fee
    FROM swap_sub s
    CROSS JOIN LATERAL generate_series(date_trunc('month', s.start_dt), date_trunc('month', coalesce(s.end_dt, date '2026-11-30')), interval '1 month') AS m
), a AS (
    SELECT coalesce(w.cust_id, s.cust_id) AS cust_id, coalesce(w.m, s.m) AS m,
           coalesce(w.wrk, 0) + coalesce(s.fee, 0) AS amt, coalesce(s.fee, 0) AS fee
    FROM w FULL JOIN s ON s.cust_id = w.cust_id AND s.m = w.m
)
SELECT 1000 + row_number() OVER (ORDER BY a.m, a.cust_id), a.cust_id,
       (a.m + interval '1 month - 1 day')::date,
       (a.m + interval '1 month - 1 day')::date + c.pay_terms,
       a.amt, a.fee, 'O', NULL
FROM a JOIN cust c ON c.cust_id = a.cust_id
WHERE a.amt > 0;

-- ---------------------------------------------------------------- pmt (money in)
CREATE TABLE pmt (
    pmt_id    integer PRIMARY KEY,
    pd_dt     date NOT NULL,
    amt       numeric(8,2) NOT NULL,
    mth       char(1) NOT NULL,
    inv_no    integer REFERENCES inv (inv_no),
    visit_id  integer REFERENCES visit (visit_id)
);
COMMENT ON TABLE pmt IS 'Money received: against an invoice, or on the day against a visit (markets, non-account customers)';
COMMENT ON COLUMN pmt.amt IS 'GBP';
COMMENT ON COLUMN pmt.mth IS 'C = cash, S = card (SumUp reader), B = bank transfer, Q = cheque';

INSERT INTO pmt (pmt_id, pd_dt, amt, mth, inv_no, visit_id)
WITH i AS (
    SELECT i.inv_no, i.inv_dt, i.inv_amt, c.cust_id, c.cust_typ,
           abs(hashtext('pay' || i.inv_no)) AS h,
           CASE c.cust_typ WHEN 'R' THEN 6 + abs(hashtext('pay' || i.inv_no)) % 30
                           WHEN 'B' THEN 1 + abs(hashtext('pay' || i.inv_no)) % 18
                           ELSE 3 + abs(hashtext('pay' || i.inv_no)) % 22 END
             + CASE WHEN c.cust_id % 7 = 3 THEN 25 ELSE 0 END AS lag,
           (c.gone_dt IS NOT NULL AND c.cust_id % 2 = 1 AND i.inv_dt >= c.gone_dt - 75) AS wo
    FROM inv i JOIN cust c ON c.cust_id = i.cust_id
), ip AS (
    SELECT inv_no, inv_dt + lag AS pd_dt, inv_amt AS amt, h, cust_id, cust_typ, inv_dt, 1 AS k
    FROM i WHERE NOT wo AND h % 61 <> 7 AND h % 17 <> 4
    UNION ALL
    SELECT inv_no, inv_dt + lag, round(inv_amt / 2, 2), h, cust_id, cust_typ, inv_dt, 1
    FROM i WHERE NOT wo AND h % 61 <> 7 AND h % 17 = 4
    UNION ALL
    SELECT inv_no, inv_dt + lag + 21, inv_amt - round(inv_amt / 2, 2), h, cust_id, cust_typ, inv_dt, 2
    FROM i WHERE NOT wo AND h % 61 <> 7 AND h % 17 = 4 AND h % 5 <> 0        -- some never pay the balance
), dp AS (             -- pay-on-the-day customers
    SELECT v.visit_id, v.svc_dt, sum(p.px) AS amt, abs(hashtext('pd' || v.visit_id)) AS h
    FROM visit v JOIN cust c ON c.cust_id = v.cust_id JOIN pce p ON p.visit_id = v.visit_id
    WHERE NOT c.acct
    GROUP BY v.visit_id, v.svc_dt
), mp AS (             -- market takings, cash and card
    SELECT v.visit_id, v.svc_dt, abs(hashtext('pay' || p.pce_id)) % 5 < 2 AS cash, sum(p.px) AS amt
    FROM visit v JOIN pce p ON p.visit_id = v.visit_id
    WHERE v.visit_typ = 'M'
    GROUP BY 1, 2, 3
), a AS (
    SELECT pd_dt, amt,
           CASE WHEN cust_typ = 'B' AND cust_id % 3 = 0 AND inv_dt < date '2026-01-01' THEN 'Q'
                WHEN h % 19 = 0 THEN 'S' ELSE 'B' END AS mth,
           inv_no, NULL::integer AS visit_id, k
    FROM ip WHERE pd_dt <= date '2026-11-30'
    UNION ALL
    SELECT CASE WHEN h % 6 = 4 THEN svc_dt + 1 + h % 4 ELSE svc_dt END, amt,
           (ARRAY['C','S','S','C','B','S'])[1 + h % 6], NULL, visit_id, 1
    FROM dp WHERE amt > 0 AND (h % 6 <> 4 OR svc_dt + 1 + h % 4 <= date '2026-11-30')
    UNION ALL
    SELECT svc_dt, amt, CASE WHEN cash THEN 'C' ELSE 'S' END, NULL, visit_id, CASE WHEN cash THEN 1 ELSE 2 END
    FROM mp WHERE amt > 0
)
SELECT row_number() OVER (ORDER BY pd_dt, coalesce(inv_no, 0), coalesce(visit_id, 0), k), pd_dt, amt, mth, inv_no, visit_id
FROM a;

UPDATE inv SET inv_st = 'P', paid_dt = p.last_dt
FROM (SELECT inv_no, sum(amt) AS paid, max(pd_dt) AS last_dt FROM pmt WHERE inv_no IS NOT NULL GROUP BY inv_no) p
WHERE p.inv_no = inv.inv_no AND p.paid >= inv.inv_amt;

UPDATE inv SET inv_st = 'W'
FROM cust c
WHERE c.cust_id = inv.cust_id AND inv.inv_st = 'O'
  AND c.gone_dt IS NOT NULL AND c.cust_id % 2 = 1 AND inv.inv_dt >= c.gone_dt - 75;

-- ---------------------------------------------------------------- expenses
CREATE TABLE expenses (
    exp_id  integer PRIMARY KEY,
    exp_dt  date NOT NULL,
    cat     char(1) NOT NULL,
    amt     numeric(8,2) NOT NULL,
    van_id  smallint REFERENCES van (van_id),
    descr   text
);
COMMENT ON COLUMN expenses.cat IS 'F = fuel (diesel), A = abrasives (stones, belts, wheels), V = van repairs / servicing / tyres / hire, I = insurance, O = other (phone, card reader fees)';
COMMENT ON COLUMN expenses.van_id IS 'van the cost is for (fuel and van costs)';

INSERT INTO expenses (exp_id, exp_dt, cat, amt, van_id, descr)
WITH f AS (
    SELECT d::date AS d, 'F' AS cat,
           CASE WHEN d < date '2025-04-14' THEN 1 WHEN d BETWEEN date '2026-02-09' AND date '2026-02-20' THEN 3 ELSE 2 END AS van_id,
           abs(hashtext('fu' || d::date)) AS h
    FROM generate_series(date '2024-01-08', date '2026-11-30', interval '7 day') AS d
    WHERE NOT ((extract(month FROM d) = 12 AND extract(day FROM d) >= 24) OR (extract(month FROM d) = 1 AND extract(day FROM d) <= 3)
               OR d BETWEEN date '2024-07-15' AND date '2024-07-28' OR d BETWEEN date '2025-07-14' AND date '2025-07-27'
               OR d BETWEEN date '2026-07-13' AND date '2026-07-26')
), a AS (
    SELECT d, cat, van_id,
           (CASE van_id WHEN 1 THEN 48 + h % 30 WHEN 2 THEN 62 + h % 35 ELSE 55 + h % 20 END + ((h / 7) % 100) / 100.0)::numeric(8,2) AS amt,
           'diesel' AS descr
    FROM f
    UNION ALL
    SELECT d::date, 'A', NULL, (60 + abs(hashtext('ab' || d::date)) % 150)::numeric(8,2),
           (ARRAY['Tormek SB-250 stone','belts 2x72 (10 pk)','leather honing wheel','diamond plates','ceramic rods'])[1 + abs(hashtext('ab' || d::date)) % 5]
    FROM generate_series(date '2024-01-15', date '2026-11-30', interval '42 day') AS d
    UNION ALL
    SELECT (date_trunc('month', d) + interval '2 day')::date, 'O', NULL, 22.00, 'mobile phone'
    FROM generate_series(date '2024-01-01', date '2026-11-01', interval '1 month') AS d
    UNION ALL
    SELECT (date_trunc('month', d) + interval '4 day')::date, 'O', NULL, (9 + abs(hashtext('su' || d::date)) % 20)::numeric(8,2), 'SumUp fees'
    FROM generate_series(date '2024-01-01', date '2026-11-01', interval '1 month') AS d
    UNION ALL
    VALUES (date '2024-01-15', 'I', NULL::integer, 1184.00, 'van + public liability insurance'),
           (date '2025-01-15', 'I', NULL, 1262.00, 'van + public liability insurance'),
           (date '2026-01-15', 'I', NULL, 1349.00, 'van + public liability insurance'),
           (date '2024-03-12', 'V', 1, 265.40, 'MOT + service'),
           (date '2024-10-08', 'V', 1, 712.00, 'clutch'),
           (date '2025-02-17', 'V', 1, 186.00, 'front tyres x2'),
           (date '2025-03-11', 'V', 1, 89.00, 'MOT'),
           (date '2025-11-10', 'V', 2, 65.00, 'windscreen chip repair'),
           (date '2026-02-09', 'V', 3, 598.00, 'van hire 2 weeks'),
           (date '2026-02-20', 'V', 2, 1180.00, 'gearbox actuator'),
           (date '2026-05-05', 'V', 2, 289.00, 'first service'),
           (date '2026-09-22', 'V', 2, 142.50, 'rear tyre + puncture')
)
SELECT row_number() OVER (ORDER BY d, cat, descr), d, cat, amt, van_id, descr
FROM a;
