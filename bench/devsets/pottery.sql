-- Made-up schema: a pottery studio with a shop (instructors, course runs, students' bookings,
-- kiln firings, glaze stock, pieces made for sale, online orders with lines, refunds, instructors'
-- shifts). Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off
-- is 2025-11-30. All times are stored in UTC. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS shift;
DROP TABLE IF EXISTS rfnd;
DROP TABLE IF EXISTS ord_ln;
DROP TABLE IF EXISTS ord;
DROP TABLE IF EXISTS piece;
DROP TABLE IF EXISTS glaze;
DROP TABLE IF EXISTS firing;
DROP TABLE IF EXISTS enrl;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS cls;
DROP TABLE IF EXISTS instr;

-- ---------------------------------------------------------------- instr (instructors)
CREATE TABLE instr (
    instr_id    integer PRIMARY KEY,
    first_nm    text NOT NULL,
    last_nm     text NOT NULL,
    email       text,
    pay_rate    numeric(6,2) NOT NULL,
    start_dt    date NOT NULL,
    end_dt      date
);
COMMENT ON TABLE instr IS 'Instructors and studio staff';
COMMENT ON COLUMN instr.pay_rate IS 'hourly pay, GBP';
COMMENT ON COLUMN instr.end_dt IS 'last working day; NULL = still works here';

INSERT INTO instr (instr_id, first_nm, last_nm, email, pay_rate, start_dt, end_dt) VALUES
    (1, 'Harriet',    'Coles',     'harriet@claybarn.example',   24.00, '2019-09-01', NULL),
    (2, 'Tomasz',     'Nowak',     'tomasz@claybarn.example',    22.50, '2021-03-15', NULL),
    (3, 'Priya',      'Raman',     'priya@claybarn.example',     22.50, '2020-01-06', NULL),
    (4, 'Ewan',       'McLeod',    NULL,                         21.00, '2022-05-02', NULL),
    (5, 'Sigrid',     'Halvorsen', 'sigrid@claybarn.example',    26.00, '2018-02-01', NULL),
    (6, 'Beatrice',   'Lindqvist', 'bea@claybarn.example',       19.50, '2023-09-04', NULL),
    (7, 'Owen',       'Pryce',     'owen@claybarn.example',      19.50, '2024-01-08', NULL),
    (8, 'Marguerite', 'Dubois',    'marguerite@claybarn.example', 23.00, '2017-06-01', '2025-06-30');

-- ---------------------------------------------------------------- cls (course runs)
CREATE TABLE cls (
    cls_id    integer PRIMARY KEY,
    cls_cd    varchar(14) NOT NULL UNIQUE,
    title     text NOT NULL,
    tech_cd   char(3) NOT NULL,
    lvl_cd    char(1) NOT NULL,
    instr_id  integer NOT NULL REFERENCES instr (instr_id),
    start_dt  date NOT NULL,
    n_sess    smallint NOT NULL,
    sess_hrs  numeric(3,1) NOT NULL,
    max_seats smallint NOT NULL,
    price_gbp numeric(7,2) NOT NULL,
    stat_cd   char(1) NOT NULL
);
COMMENT ON TABLE cls IS 'Courses and workshops: one row per run of a course (weekly sessions from start_dt)';
COMMENT ON COLUMN cls.tech_cd IS 'WHL = wheel throwing, HND = handbuilding, GLZ = glazing / surface decoration, KID = children''s clay club, TST = one-off taster session';
COMMENT ON COLUMN cls.lvl_cd IS 'B = beginner, I = improver, A = advanced';
COMMENT ON COLUMN cls.n_sess IS 'number of weekly sessions';
COMMENT ON COLUMN cls.sess_hrs IS 'length of one session, hours';
COMMENT ON COLUMN cls.max_seats IS 'places available (wheels / bench spaces)';
COMMENT ON COLUMN cls.price_gbp IS 'price per student for the whole course, GBP incl. VAT';
COMMENT ON COLUMN cls.stat_cd IS 'S = scheduled (not started), R = running, C = completed, X = cancelled by the studio';

INSERT INTO cls (cls_id, cls_cd, title, tech_cd, lvl_cd, instr_id, start_dt, n_sess, sess_hrs, max_seats, price_gbp, stat_cd)
WITH b AS (
    SELECT g,
           date '2024-01-06' + (g - 1) * 7 + g % 3 AS start_dt,
           CASE WHEN g % 5 IN (0, 2) THEN 'WHL' WHEN g % 5 = 1 THEN 'HND' WHEN g % 10 = 3 THEN 'GLZ'
                WHEN g % 10 = 8 THEN 'TST' ELSE 'KID' END AS tech0
    FROM generate_series(1, 104) AS g
), t AS (
    SELECT g, start_dt,
           -- the children's club only runs in school-holiday months
           CASE WHEN tech0 = 'KID' AND extract(month FROM start_dt) NOT IN (2, 4, 5, 7, 8, 12) THEN 'TST' ELSE tech0 END AS tech,
           CASE WHEN g % 4 = 0 THEN 'I' WHEN g % 9 = 0 THEN 'A' ELSE 'B' END AS lvl
    FROM b
), d AS (
    SELECT t.*,
           CASE tech WHEN 'TST' THEN 1 WHEN 'KID' THEN 4 WHEN 'GLZ' THEN 3 ELSE 6 END AS n_sess
    FROM t
)
SELECT g,
       tech || '-' || CASE WHEN tech IN ('KID', 'TST') THEN 'B' ELSE lvl END || '-' || to_char(start_dt, 'YYMMDD'),
       CASE tech WHEN 'WHL' THEN CASE lvl WHEN 'B' THEN 'Wheel throwing for beginners' WHEN 'I' THEN 'Wheel throwing: improvers' ELSE 'Advanced throwing: lidded forms' END
                 WHEN 'HND' THEN CASE lvl WHEN 'B' THEN 'Handbuilding: pinch, coil and slab' ELSE 'Slab-built tableware' END
                 WHEN 'GLZ' THEN 'Glaze mixing and surface decoration'
                 WHEN 'KID' THEN 'Clay Club for kids (8-12)'
                 ELSE 'Taster evening: try the wheel' END,
       tech,
       CASE WHEN tech IN ('KID', 'TST') THEN 'B' ELSE lvl END,
       CASE tech WHEN 'WHL' THEN CASE WHEN start_dt < date '2025-07-01' AND g % 4 = 2 THEN 8 ELSE 1 + g % 2 END
                 WHEN 'HND' THEN 3 + g % 2
                 WHEN 'GLZ' THEN 5
                 WHEN 'KID' THEN 6
                 ELSE 7 END,
       start_dt, n_sess,
       CASE tech WHEN 'TST' THEN 2.0 WHEN 'KID' THEN 1.5 ELSE 2.5 END,
       CASE tech WHEN 'WHL' THEN 8 WHEN 'HND' THEN 12 WHEN 'GLZ' THEN 10 WHEN 'KID' THEN 10 ELSE 8 END,
       CASE tech WHEN 'WHL' THEN CASE lvl WHEN 'B' THEN 245 ELSE 275 END
                 WHEN 'HND' THEN 210 WHEN 'GLZ' THEN 150 WHEN 'KID' THEN 72 ELSE 45 END
         + CASE WHEN start_dt >= date '2025-01-01' THEN 10 ELSE 0 END,
       CASE WHEN start_dt > date '2025-11-30' THEN 'S'
            WHEN g % 13 = 0 THEN 'X'
            WHEN start_dt + (n_sess - 1) * 7 >= date '2025-11-30' THEN 'R'
            ELSE 'C' END
FROM d;

-- ---------------------------------------------------------------- cust (customers: students and shop buyers)
CREATE TABLE cust (
    cust_id    integer PRIMARY KEY,
    full_nm    text NOT NULL,
    email      text NOT NULL,
    postcode   varchar(8),
    created_ts timestamptz NOT NULL,
    mkt_optin  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE cust IS 'Customers: people who book classes and / or buy from the online shop';
COMMENT ON COLUMN cust.mkt_optin IS 'agreed to receive the newsletter';

INSERT INTO cust (cust_id, full_nm, email, postcode, created_ts, mkt_optin)
SELECT g, fn || ' ' || ln,
       lower(fn) || '.' || lower(replace(ln, '''', '')) || g || '@mail.example',
       CASE WHEN g % 11 = 0 THEN NULL
            ELSE (ARRAY['BS1','BS6','BS8','BA1','BA2','GL5','SN1','CF10','EX4','TR1'])[1 + g % 10] || ' ' || (1 + g % 9) || chr(65 + g % 26) || chr(65 + (g * 7) % 26) END,
       timestamptz '2023-06-01 10:00:00+00' + g * interval '48 hours' + ((g * 37) % 600) * interval '1 minute',
       g % 3 <> 0
FROM (
    SELECT g,
           (ARRAY['Alice','Ben','Chloe','Dev','Ellie','Finn','Grace','Hamish','Isla','Jack','Kemi','Leo','Maya',
                  'Noor','Oscar','Poppy','Rhys','Saoirse','Theo','Una','Víctor','Wren','Yusuf','Zara'])[1 + g % 24] AS fn,
           (ARRAY['Adams','Barker','Chowdhury','Doyle','Evans','Fischer','Green','Hughes','Iqbal','Jones','Kowalski',
                  'Lloyd','Morgan','O''Neill','Price','Quinn','Rees','Shah','Turner','Vaughan','Walsh'])[1 + (g * 5) % 21] AS ln
    FROM generate_series(1, 300) AS g
) n;

-- ---------------------------------------------------------------- enrl (class bookings)
CREATE TABLE enrl (
    enrl_id    integer PRIMARY KEY,
    cls_id     integer NOT NULL REFERENCES cls (cls_id),
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    booked_ts  timestamptz NOT NULL,
    stat_cd    char(1) NOT NULL,
    paid_gbp   numeric(7,2) NOT NULL DEFAULT 0,
    attended_n smallint
);
COMMENT ON TABLE enrl IS 'Bookings of a place on a course run';
COMMENT ON COLUMN enrl.stat_cd IS 'C = confirmed, W = on the waiting list, X = cancelled (by the student, or because the class was cancelled)';
COMMENT ON COLUMN enrl.paid_gbp IS 'amount paid, GBP incl. VAT; 0 on the waiting list; cancelled bookings are refunded in full and set to 0';
COMMENT ON COLUMN enrl.attended_n IS 'sessions attended; NULL until the course has finished';

INSERT INTO enrl (enrl_id, cls_id, cust_id, booked_ts, stat_cd, paid_gbp, attended_n)
WITH b0 AS (
    SELECT c.*, k,
           1 + (c.cls_id * 37 + k * 53) % 300 AS cust_id,
           ((c.start_dt - (4 + (c.cls_id * k) % 40))::timestamp + interval '8 hours'
               + ((c.cls_id * 13 + k * 71) % 840) * interval '1 minute') AT TIME ZONE 'UTC' AS booked_ts
    FROM cls c
    CROSS JOIN LATERAL generate_series(1, least(c.max_seats + 3, 3 + (c.cls_id * 7) % 11)) AS k
    WHERE c.start_dt - (4 + (c.cls_id * k) % 40) <= date '2025-11-29'     -- nothing booked after the cut-off
), b AS (
    -- places go to the earliest bookings; later ones wait
    SELECT b0.*,
           CASE WHEN stat_cd = 'X' THEN 'X'
                WHEN row_number() OVER (PARTITION BY cls_id ORDER BY booked_ts) > max_seats THEN 'W'
                WHEN k % 9 = 0 THEN 'X'
                ELSE 'C' END AS st
    FROM b0
)
SELECT row_number() OVER (ORDER BY cls_id, booked_ts), cls_id, cust_id, booked_ts, st,
       CASE WHEN st = 'C' THEN CASE WHEN k % 7 = 0 THEN round(price_gbp * 0.9, 2) ELSE price_gbp END ELSE 0 END,
       CASE WHEN st = 'C' AND stat_cd = 'C' THEN greatest(0, n_sess - (k * cls_id) % 3 - CASE WHEN (k + cls_id) % 17 = 0 THEN n_sess ELSE 0 END) END
FROM b;

-- ---------------------------------------------------------------- firing (kiln firings)
CREATE TABLE firing (
    fire_id   integer PRIMARY KEY,
    kiln_cd   char(2) NOT NULL,
    fire_typ  varchar(4) NOT NULL,
    fire_ts   timestamptz NOT NULL,
    end_ts    timestamptz,
    peak_c    smallint,
    cone      varchar(3),
    load_g    integer NOT NULL,
    n_pcs     smallint NOT NULL,
    kwh       numeric(6,1),
    result_cd varchar(2),
    fired_by  integer REFERENCES instr (instr_id)
);
COMMENT ON TABLE firing IS 'Kiln firings';
COMMENT ON COLUMN firing.kiln_cd IS 'K1 = large electric kiln (200 litre), K2 = small electric test kiln (40 litre), G1 = gas kiln (also used for raku)';
COMMENT ON COLUMN firing.fire_typ IS 'BSQ = bisque, GLZ = glaze, RAKU = raku';
COMMENT ON COLUMN firing.fire_ts IS 'when the firing was started';
COMMENT ON COLUMN firing.end_ts IS 'when the kiln was switched off; NULL = still firing';
COMMENT ON COLUMN firing.peak_c IS 'peak temperature reached, degrees Celsius; NULL until the firing has finished';
COMMENT ON COLUMN firing.cone IS 'Orton cone fired to';
COMMENT ON COLUMN firing.load_g IS 'weight of the ware loaded, grams';
COMMENT ON COLUMN firing.n_pcs IS 'number of pieces in the load';
COMMENT ON COLUMN firing.kwh IS 'electricity used, kWh (electric kilns only; NULL for the gas kiln)';
COMMENT ON COLUMN firing.result_cd IS 'OK, PF = partly failed (some pieces lost), F = failed (whole load lost); NULL while firing';

INSERT INTO firing (fire_id, kiln_cd, fire_typ, fire_ts, end_ts, peak_c, cone, load_g, n_pcs, kwh, result_cd, fired_by)
WITH b AS (
    SELECT g,
           CASE WHEN g % 5 IN (0, 1, 2) THEN 'K1' WHEN g % 5 = 3 THEN 'K2' ELSE 'G1' END AS kiln,
           timestamptz '2024-01-03 17:00:00+00' + ((g * 21) / 10) * interval '24 hours' + (g % 4) * interval '30 minutes' AS ts
    FROM generate_series(1, 320) AS g
), t AS (
    SELECT b.*,
           CASE kiln WHEN 'K1' THEN CASE WHEN g % 2 = 0 THEN 'BSQ' ELSE 'GLZ' END
                     WHEN 'K2' THEN CASE WHEN g % 4 = 3 THEN 'GLZ' ELSE 'BSQ' END
                     ELSE CASE WHEN g % 3 = 0 THEN 'RAKU' ELSE 'GLZ' END END AS typ
    FROM b
)
SELECT g, kiln, typ, ts,
       ts + CASE typ WHEN 'BSQ' THEN 10 + g % 3 WHEN 'GLZ' THEN 12 + g % 3 ELSE 2 END * interval '1 hour',
       CASE typ WHEN 'BSQ' THEN 990 + (g * 7) % 25
                WHEN 'RAKU' THEN 950 + (g * 11) % 50
                ELSE CASE WHEN kiln = 'G1' THEN 1280 + (g * 3) % 20 ELSE 1215 + (g * 7) % 25 END END,
       CASE typ WHEN 'BSQ' THEN '04' WHEN 'RAKU' THEN '06' ELSE CASE WHEN kiln = 'G1' THEN '10' ELSE '6' END END,
       CASE kiln WHEN 'K1' THEN 32000 + (g * 373) % 28000 WHEN 'K2' THEN 2500 + (g * 211) % 5500 ELSE 18000 + (g * 517) % 22000 END,
       CASE kiln WHEN 'K1' THEN 40 + (g * 7) % 45 WHEN 'K2' THEN 5 + g % 9 ELSE 20 + (g * 3) % 25 END,
       CASE kiln WHEN 'K1' THEN CASE WHEN typ = 'BSQ' THEN 48 + (g * 3) % 12 ELSE 72 + (g * 5) % 18 END + (g % 10) / 10.0
                 WHEN 'K2' THEN CASE WHEN typ = 'BSQ' THEN 9 + g % 4 ELSE 14 + g % 5 END + (g % 7) / 10.0 END,
       CASE WHEN g % 17 = 0 THEN 'F' WHEN g % 7 = 0 THEN 'PF' ELSE 'OK' END,
       CASE WHEN g % 6 = 0 THEN 1 WHEN g % 11 = 0 THEN 3 ELSE 5 END
FROM t
UNION ALL   -- the glaze firing running at the cut-off
SELECT 321, 'K1', 'GLZ', timestamptz '2025-11-29 18:00:00+00', NULL, NULL, '6', 51200, 63, NULL, NULL, 5;

-- ---------------------------------------------------------------- glaze (glaze stock)
CREATE TABLE glaze (
    glz_id      integer PRIMARY KEY,
    glz_nm      text NOT NULL,
    colour      text,
    supplier    text NOT NULL,
    stock_g     integer NOT NULL,
    reorder_g   integer NOT NULL,
    cost_kg_gbp numeric(6,2) NOT NULL,
    food_safe   boolean NOT NULL,
    disc_flg    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE glaze IS 'Glazes kept in the studio (dry powder and brushing glazes)';
COMMENT ON COLUMN glaze.stock_g IS 'quantity on the shelf, grams';
COMMENT ON COLUMN glaze.reorder_g IS 'reorder level, grams: order more when stock falls below this; 0 = no longer reordered';
COMMENT ON COLUMN glaze.cost_kg_gbp IS 'purchase cost per kilogram, GBP excl. VAT';
COMMENT ON COLUMN glaze.disc_flg IS 'discontinued: used up, not bought again';

INSERT INTO glaze (glz_id, glz_nm, colour, supplier, stock_g, reorder_g, cost_kg_gbp, food_safe, disc_flg)
SELECT g, nm, col,
       (ARRAY['Potclays','Bath Potters Supplies','Scarva','Potterycrafts'])[1 + (g * 3) % 4],
       CASE WHEN g IN (4, 9, 15, 22, 27) THEN 400 + g * 37
            WHEN g = 30 THEN 850
            ELSE 2500 + (g * 1733) % 14000 END,
       CASE WHEN g = 30 THEN 0 ELSE 2000 + (g % 3) * 1000 END,
       round(9.5 + (g * 7) % 30 + (g % 4) * 0.25, 2),
       g % 8 <> 5,
       g = 30
FROM (
    SELECT g,
           (ARRAY['Tenmoku','Celadon','Shino','Chun Blue','Oatmeal','Nuka','Temmoku Rust','Copper Red','Honey Amber',
                  'Satin White','Clear Transparent','Cobalt Speckle','Floating Blue','Iron Red','Matte Black','Sage Green',
                  'Ash Grey','Turquoise Crackle','Ochre Speckle','Plum','Rutile Blue','Cream Speckle','Kaki','Jade',
                  'Sea Foam','Midnight','Raku Clear','Raku Copper Matt','Terra Sigillata','Lavender Mist'])[g] AS nm,
           (ARRAY['brown','green','white','blue','cream','white','brown','red','amber','white','clear','blue','blue','red',
                  'black','green','grey','turquoise','yellow','purple','blue','cream','brown','green','green','blue',
                  'clear','copper','orange','purple'])[g] AS col
    FROM generate_series(1, 30) AS g
) n;

-- ---------------------------------------------------------------- piece (pieces made for the shop)
CREATE TABLE piece (
    piece_id    integer PRIMARY KEY,
    prod_cd     char(3) NOT NULL,
    made_by     integer NOT NULL REFERENCES instr (instr_id),
    made_dt     date NOT NULL,
    clay_cd     char(3) NOT NULL,
    wt_g        integer NOT NULL,
    glz_id      integer REFERENCES glaze (glz_id),
    bsq_fire_id integer REFERENCES firing (fire_id),
    glz_fire_id integer,
    list_px_gbp numeric(7,2) NOT NULL,
    stat_cd     char(1) NOT NULL
);
COMMENT ON TABLE piece IS 'Pots made in the studio for sale in the shop; every piece is one of a kind';
COMMENT ON COLUMN piece.prod_cd IS 'MUG, BWL = bowl, PLT = plate, VAS = vase, PLN = planter, JUG';
COMMENT ON COLUMN piece.clay_cd IS 'SWS = stoneware, PCL = porcelain, ETW = earthenware';
COMMENT ON COLUMN piece.wt_g IS 'fired weight, grams';
COMMENT ON COLUMN piece.glz_id IS 'main glaze; NULL = unglazed';
COMMENT ON COLUMN piece.bsq_fire_id IS 'bisque firing; NULL = not bisque fired yet';
COMMENT ON COLUMN piece.glz_fire_id IS 'glaze firing (firing.fire_id); NULL = not glaze fired yet';
COMMENT ON COLUMN piece.list_px_gbp IS 'shop price, GBP incl. VAT';
COMMENT ON COLUMN piece.stat_cd IS 'W = work in progress, A = available for sale, S = sold, D = damaged / seconds, not for sale';

INSERT INTO piece (piece_id, prod_cd, made_by, made_dt, clay_cd, wt_g, glz_id, bsq_fire_id, glz_fire_id, list_px_gbp, stat_cd)
WITH b AS (
    SELECT g,
           (ARRAY['MUG','MUG','BWL','MUG','PLT','BWL','VAS','PLN','MUG','JUG','BWL','PLT'])[1 + (g * 7) % 12] AS prod,
           (ARRAY[1, 2, 1, 5, 3, 2, 8, 1, 4])[1 + g % 9] AS maker,
           date '2024-01-02' + (g * 23) / 10 AS made_dt,
           CASE WHEN g % 6 = 0 THEN 'PCL' WHEN g % 10 = 7 THEN 'ETW' ELSE 'SWS' END AS clay,
           CASE WHEN g % 13 = 0 THEN NULL ELSE 1 + (g * 11) % 29 END AS glz
    FROM generate_series(1, 300) AS g
), m AS (
    SELECT g, prod, CASE WHEN maker = 8 AND made_dt > date '2025-06-30' THEN 1 ELSE maker END AS maker, made_dt, clay, glz
    FROM b
), f AS (
    SELECT m.*,
           (SELECT fr.fire_id FROM firing fr
             WHERE fr.fire_typ = 'BSQ' AND fr.fire_ts >= (m.made_dt + 7)::timestamp AT TIME ZONE 'UTC' AND fr.end_ts IS NOT NULL
             ORDER BY fr.fire_ts LIMIT 1) AS bsq
    FROM m
), f2 AS (
    SELECT f.*, bf.end_ts AS bsq_end, bf.result_cd AS bsq_res,
           (SELECT fr.fire_id FROM firing fr
             WHERE fr.fire_typ = CASE WHEN f.clay = 'ETW' AND f.g % 2 = 0 THEN 'RAKU' ELSE 'GLZ' END
               AND fr.fire_ts >= bf.end_ts + interval '72 hours' AND fr.end_ts IS NOT NULL
             ORDER BY fr.fire_ts LIMIT 1) AS gf
    FROM f LEFT JOIN firing bf ON bf.fire_id = f.bsq
)
SELECT g, prod, maker, made_dt, clay,
       CASE prod WHEN 'MUG' THEN 320 + (g * 17) % 140 WHEN 'BWL' THEN 450 + (g * 29) % 600 WHEN 'PLT' THEN 600 + (g * 31) % 500
                 WHEN 'VAS' THEN 900 + (g * 37) % 1900 WHEN 'PLN' THEN 1500 + (g * 41) % 2600 ELSE 700 + (g * 19) % 700 END
         + g % 10,
       glz, bsq,
       CASE WHEN glz IS NOT NULL OR g % 2 = 0 THEN gf END,
       CASE prod WHEN 'MUG' THEN 24 + (g % 4) * 2 WHEN 'BWL' THEN 32 + (g % 6) * 4 WHEN 'PLT' THEN 28 + (g % 3) * 4
                 WHEN 'VAS' THEN 55 + (g % 8) * 10 WHEN 'PLN' THEN 40 + (g % 5) * 8 ELSE 38 + (g % 4) * 3 END
         + CASE WHEN g % 11 = 3 THEN 2 ELSE 0 END,
       CASE WHEN bsq IS NULL OR gf IS NULL THEN 'W'
            WHEN bsq_res = 'F' OR (bsq_res = 'PF' AND g % 3 = 0) THEN 'D'
            WHEN (SELECT result_cd FROM firing WHERE fire_id = gf) = 'F' THEN 'D'
            WHEN g % 29 = 0 THEN 'D'
            ELSE 'A' END
FROM f2;

-- ---------------------------------------------------------------- ord (online orders)
CREATE TABLE ord (
    ord_id    integer PRIMARY KEY,
    cust_id   integer NOT NULL REFERENCES cust (cust_id),
    ord_ts    timestamptz NOT NULL,
    chan_cd   char(3) NOT NULL,
    stat_cd   char(1) NOT NULL,
    ship_gbp  numeric(6,2) NOT NULL,
    ship_ctry char(2) NOT NULL DEFAULT 'GB',
    disc_cd   varchar(12)
);
COMMENT ON TABLE ord IS 'Online shop orders (paid at checkout)';
COMMENT ON COLUMN ord.chan_cd IS 'WEB = our own website, ETS = Etsy';
COMMENT ON COLUMN ord.stat_cd IS 'P = paid, awaiting dispatch, S = shipped, X = cancelled (refunded in full)';
COMMENT ON COLUMN ord.ship_gbp IS 'postage charged, GBP incl. VAT';
COMMENT ON COLUMN ord.disc_cd IS 'discount code used, if any';

-- scratch list of the pieces that sell and the order each goes into (dropped below)
CREATE TEMP TABLE tmp_sale AS
WITH a AS (
    SELECT p.piece_id, p.list_px_gbp, fr.end_ts AS avail_ts,
           row_number() OVER (ORDER BY fr.end_ts, p.piece_id) AS rn
    FROM piece p JOIN firing fr ON fr.fire_id = p.glz_fire_id
    WHERE p.stat_cd = 'A'
), s AS (
    SELECT a.*, row_number() OVER (ORDER BY rn) AS srn FROM a WHERE rn % 5 <> 0
), o AS (
    SELECT s.*, (srn * 3) / 5 + 1 AS oj FROM s
)
SELECT o.*, max(avail_ts) OVER (PARTITION BY oj) + (1 + (oj * 7) % 20) * interval '24 hours'
                                                  + ((oj * 53) % 600) * interval '1 minute' AS ord_ts
FROM o;
DELETE FROM tmp_sale WHERE ord_ts > timestamptz '2025-11-29 20:00:00+00';

INSERT INTO ord (ord_id, cust_id, ord_ts, chan_cd, stat_cd, ship_gbp, ship_ctry, disc_cd)
WITH o AS (
    SELECT oj AS ord_id, min(ord_ts) AS ord_ts FROM tmp_sale GROUP BY oj
    UNION ALL   -- orders for gift vouchers / clay kits only
    SELECT 1000 + k, timestamptz '2024-02-01 09:30:00+00' + k * interval '216 hours' + ((k * 131) % 700) * interval '1 minute'
    FROM generate_series(1, 70) AS k
)
SELECT ord_id,
       1 + (ord_id * 89) % 120,
       ord_ts,
       CASE WHEN ord_id % 3 = 0 THEN 'ETS' ELSE 'WEB' END,
       CASE WHEN ord_ts > timestamptz '2025-11-17 00:00:00+00' THEN 'P'
            WHEN ord_id % 19 = 0 THEN 'X'
            ELSE 'S' END,
       CASE WHEN ord_id >= 1000 AND ord_id % 2 = 0 THEN 0 WHEN ord_id % 23 = 0 THEN 14.95 ELSE 6.95 END,
       CASE WHEN ord_id % 23 = 0 THEN (ARRAY['IE','FR','DE','NL'])[1 + ord_id % 4] ELSE 'GB' END,
       CASE WHEN ord_id % 8 = 0 THEN 'WELCOME10' WHEN ord_id % 25 = 0 THEN 'XMAS15' END
FROM o;

-- ---------------------------------------------------------------- ord_ln (order lines)
CREATE TABLE ord_ln (
    ln_id    integer PRIMARY KEY,
    ord_id   integer NOT NULL REFERENCES ord (ord_id),
    item_typ varchar(3) NOT NULL,
    piece_id integer,
    qty      smallint NOT NULL DEFAULT 1,
    unit_px  numeric(7,2) NOT NULL,
    disc_pct numeric(4,1) NOT NULL DEFAULT 0
);
COMMENT ON TABLE ord_ln IS 'Lines of online orders';
COMMENT ON COLUMN ord_ln.item_typ IS 'PC = a studio piece (see piece_id), GV = gift voucher, KIT = home clay kit';
COMMENT ON COLUMN ord_ln.piece_id IS 'piece.piece_id for PC lines; NULL otherwise';
COMMENT ON COLUMN ord_ln.unit_px IS 'price per unit, GBP incl. VAT, before the line discount';
COMMENT ON COLUMN ord_ln.disc_pct IS 'line discount, percent';

INSERT INTO ord_ln (ln_id, ord_id, item_typ, piece_id, qty, unit_px, disc_pct)
WITH l AS (
    SELECT t.oj AS ord_id, 'PC' AS item_typ, t.piece_id, 1 AS qty, t.list_px_gbp AS unit_px, t.piece_id AS k
    FROM tmp_sale t
    UNION ALL
    SELECT o.ord_id, CASE WHEN o.ord_id % 3 = 0 THEN 'KIT' ELSE 'GV' END, NULL,
           CASE WHEN o.ord_id % 7 = 0 THEN 2 ELSE 1 END,
           CASE WHEN o.ord_id % 3 = 0 THEN 34.50 ELSE (ARRAY[25.00, 50.00, 45.00, 100.00])[1 + o.ord_id % 4] END,
           0
    FROM ord o WHERE o.ord_id >= 1000
    UNION ALL   -- some piece orders add a clay kit
    SELECT o.ord_id, 'KIT', NULL, 1, 34.50, 100000
    FROM ord o WHERE o.ord_id < 1000 AND o.ord_id % 11 = 4
)
SELECT row_number() OVER (ORDER BY l.ord_id, l.k), l.ord_id, l.item_typ, l.piece_id, l.qty, l.unit_px,
       CASE WHEN o.disc_cd = 'WELCOME10' THEN 10 WHEN o.disc_cd = 'XMAS15' THEN 15 ELSE 0 END
FROM l JOIN ord o ON o.ord_id = l.ord_id;

DROP TABLE tmp_sale;

UPDATE piece p SET stat_cd = 'S'
FROM ord_ln l JOIN ord o ON o.ord_id = l.ord_id
WHERE l.piece_id = p.piece_id AND o.stat_cd <> 'X';

-- ---------------------------------------------------------------- rfnd (refunds)
CREATE TABLE rfnd (
    rfnd_id integer PRIMARY KEY,
    ord_id  integer NOT NULL REFERENCES ord (ord_id),
    ln_id   integer REFERENCES ord_ln (ln_id),
    rfnd_ts timestamptz NOT NULL,
    amt_gbp numeric(7,2) NOT NULL,
    rsn_cd  char(3) NOT NULL
);
COMMENT ON TABLE rfnd IS 'Money given back to online customers';
COMMENT ON COLUMN rfnd.ln_id IS 'order line refunded; NULL = the whole order (goods and postage)';
COMMENT ON COLUMN rfnd.amt_gbp IS 'amount refunded, GBP incl. VAT';
COMMENT ON COLUMN rfnd.rsn_cd IS 'BRK = arrived broken, NAD = not as described, CNL = order cancelled before dispatch, LST = lost in the post';

INSERT INTO rfnd (rfnd_id, ord_id, ln_id, rfnd_ts, amt_gbp, rsn_cd)
WITH lt AS (
    SELECT l.*, round(l.qty * l.unit_px * (1 - l.disc_pct / 100), 2) AS ln_total,
           row_number() OVER (PARTITION BY l.ord_id ORDER BY l.ln_id) AS ln_no
    FROM ord_ln l
), r AS (
    SELECT o.ord_id, NULL::integer AS ln_id,
           o.ord_ts + (1 + o.ord_id % 2) * interval '24 hours' + interval '3 hours' AS ts,
           (SELECT sum(ln_total) FROM lt WHERE lt.ord_id = o.ord_id) + o.ship_gbp AS amt, 'CNL' AS rsn
    FROM ord o WHERE o.stat_cd = 'X'
    UNION ALL
    SELECT o.ord_id, lt.ln_id,
           o.ord_ts + (5 + o.ord_id % 9) * interval '24 hours' + interval '150 minutes',
           lt.ln_total,
           CASE WHEN o.ord_id % 13 = 0 THEN 'BRK' WHEN o.ord_id % 31 = 0 THEN 'NAD' ELSE 'LST' END
    FROM ord o JOIN lt ON lt.ord_id = o.ord_id AND lt.ln_no = 1
    WHERE o.stat_cd = 'S' AND (o.ord_id % 13 = 0 OR o.ord_id % 31 = 0 OR o.ord_id % 47 = 0)
      AND lt.item_typ = 'PC'
)
SELECT row_number() OVER (ORDER BY ts, ord_id), ord_id, ln_id, ts, amt, rsn FROM r;

-- ---------------------------------------------------------------- shift (instructors' shifts)
CREATE TABLE shift (
    shift_id integer PRIMARY KEY,
    instr_id integer NOT NULL REFERENCES instr (instr_id),
    shift_dt date NOT NULL,
    start_tm time NOT NULL,
    end_tm   time NOT NULL,
    role_cd  char(3) NOT NULL
);
COMMENT ON TABLE shift IS 'Hours worked by instructors and staff (from the rota, as worked)';
COMMENT ON COLUMN shift.start_tm IS 'local time the shift started';
COMMENT ON COLUMN shift.end_tm IS 'local time the shift ended (shifts never run past midnight)';
COMMENT ON COLUMN shift.role_cd IS 'TCH = teaching a class, KLN = kiln loading / unloading and studio duty, SHP = shop counter';

INSERT INTO shift (shift_id, instr_id, shift_dt, start_tm, end_tm, role_cd)
WITH s AS (
    -- teaching: each session of each class that has run, plus half an hour either side
    SELECT c.instr_id, c.start_dt + k * 7 AS dt,
           CASE WHEN c.tech_cd = 'KID' THEN time '09:30' ELSE time '17:30' END AS t0,
           CASE WHEN c.tech_cd = 'KID' THEN time '09:30' ELSE time '17:30' END + (c.sess_hrs + 1) * interval '1 hour' AS t1,
           'TCH' AS role
    FROM cls c CROSS JOIN LATERAL generate_series(0, c.n_sess - 1) AS k
    WHERE c.stat_cd IN ('C', 'R') AND c.start_dt + k * 7 <= date '2025-11-30'
    UNION ALL
    -- kiln duty: loading on the day of the firing
    SELECT f.fired_by, (f.fire_ts AT TIME ZONE 'UTC')::date, time '14:00', time '14:00' + CASE WHEN f.kiln_cd = 'K2' THEN interval '1 hour' ELSE interval '2 hours 30 minutes' END, 'KLN'
    FROM firing f
    UNION ALL
    -- Saturday shop counter, rota of four
    SELECT CASE WHEN d < date '2025-07-01' THEN (ARRAY[2, 4, 7, 8])[1 + (d - date '2024-01-06') / 7 % 4]
                ELSE (ARRAY[2, 4, 7, 3])[1 + (d - date '2024-01-06') / 7 % 4] END,
           d, time '10:00', CASE WHEN (d - date '2024-01-06') / 7 % 3 = 0 THEN time '16:30' ELSE time '17:00' END, 'SHP'
    FROM generate_series(0, 99) AS w
    CROSS JOIN LATERAL (SELECT date '2024-01-06' + w * 7 AS d) x
)
SELECT row_number() OVER (ORDER BY dt, t0, instr_id, role), instr_id, dt, t0, t1::time, role
FROM s;
