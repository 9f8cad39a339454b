-- Made-up schema: Hartley & Daughter, clock and watch repairers, 14 Corve Street, Ludlow, Shropshire
-- (UK, money in GBP). Edwin Hartley (master clockmaker) and his daughter Ruth run the workshop with a
-- journeyman watchmaker, an apprentice or two and Gwen on the front counter. The shop is open Tuesday
-- to Saturday. Customers are mostly private people from south Shropshire and north Herefordshire, plus
-- a couple of dozen antique dealers and auction rooms ("trade").
--
-- How they work:
--   * Every clock or watch gets a piece record the first time it comes in (piece); each visit to the
--     bench is a job. Job numbers carry on from the old paper day book (the first job in this system was
--     4101); numbers that are missing were tickets torn up at the counter.
--   * Customers who were on the old card index were keyed in on 2 January 2024 (cust.card_no holds the old
--     card number); everybody else was created the day they first came in or rang for a house call.
--   * Batteries, glasses and regulating are priced at the counter and accepted on the spot; everything
--     else is examined first and an estimate is posted or emailed. Work starts only once the estimate is
--     accepted. A declined estimate costs an examination fee (GBP 25 for a clock, GBP 15 for a watch),
--     often waived for regulars and always for trade.
--   * Private customers pay half as a deposit when they accept an estimate of GBP 300 or more and the
--     rest on collection; trade customers pay everything on account at the end of the following month.
--   * Longcase (grandfather) clocks are collected from the house and set up again at home after repair
--     (house_call). Collection and setting up are free within 10 miles when the job is a full overhaul.
--   * Guarantee from the day a piece goes home: 2 years on a clock overhaul, 1 year on a service or a
--     dial restoration, 6 months on other repairs; none on batteries, glasses or regulating.
--   * Pieces not collected: phone call or email after 30 days, a letter after 90 days and a final notice
--     by recorded delivery after 180 days; after a year they may be sold to cover the bill (Torts
--     (Interference with Goods) Act 1977). Those notices are in uncoll_ntc.
--   * Parts are ordered from a handful of suppliers, usually one order per supplier per week; an order
--     line either belongs to a job or is for stock (job_id NULL).
-- Data run from 2 January 2024 to 30 November 2026 (the day of the last export). Deterministic: built from
-- generate_series with modulo arithmetic and md5 of the row number, no random(). Re-runnable: tables
-- are dropped children first; the generator's scratch objects are temporary and dropped at the end.

DROP TABLE IF EXISTS uncoll_ntc;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS gtee_clm;
DROP TABLE IF EXISTS gtee;
DROP TABLE IF EXISTS house_call;
DROP TABLE IF EXISTS ord_ln;
DROP TABLE IF EXISTS part_ord;
DROP TABLE IF EXISTS job;
DROP TABLE IF EXISTS piece;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS supp;

-- ---------------------------------------------------------------- tables

CREATE TABLE staff (
    staff_id  smallint PRIMARY KEY,
    staff_nm  text NOT NULL,
    role_cd   char(1) NOT NULL,
    start_dt  date NOT NULL,
    left_dt   date,
    bench_no  smallint
);
COMMENT ON TABLE staff IS 'People in the shop (workshop and front counter)';
COMMENT ON COLUMN staff.role_cd IS 'M = master clockmaker, J = journeyman, A = apprentice, O = office / front counter';
COMMENT ON COLUMN staff.left_dt IS 'last working day; NULL = still with us';
COMMENT ON COLUMN staff.bench_no IS 'workshop bench number; NULL = does not work at a bench';

CREATE TABLE cust (
    cust_id   integer PRIMARY KEY,
    f_nm      text NOT NULL,
    l_nm      text NOT NULL,
    co_nm     text,
    trade_yn  char(1) NOT NULL DEFAULT 'N',
    town      text NOT NULL,
    pcode     varchar(8),
    phone     varchar(15),
    email     text,
    mail_ok   boolean NOT NULL DEFAULT false,
    card_no   integer,
    crt_dt    date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers, private and trade';
COMMENT ON COLUMN cust.co_nm IS 'business name, trade customers only';
COMMENT ON COLUMN cust.trade_yn IS 'Y = trade customer (antique dealer, auction room, jeweller), N = private';
COMMENT ON COLUMN cust.email IS 'NULL = no email, contact by phone or post';
COMMENT ON COLUMN cust.mail_ok IS 'true = happy to get the Christmas letter';
COMMENT ON COLUMN cust.card_no IS 'number on the old card index; NULL = first came to us after the switch to this system';
COMMENT ON COLUMN cust.crt_dt IS 'date the record was created';

CREATE TABLE piece (
    piece_id   integer PRIMARY KEY,
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    piece_typ  char(1) NOT NULL,
    pwr        char(1) NOT NULL,
    maker_nm   text,
    approx_yr  smallint,
    ins_val    numeric(9,2),
    reg_dt     date NOT NULL
);
COMMENT ON TABLE piece IS 'Clocks and watches we have had in, one row per physical piece (registered on its first visit)';
COMMENT ON COLUMN piece.piece_typ IS 'L = longcase, C = carriage clock, W = wall clock, M = mantel clock, R = wristwatch, P = pocket watch, T = turret clock';
COMMENT ON COLUMN piece.pwr IS 'W = weight driven, S = spring / hand wound, A = automatic (self-winding), Q = quartz (battery)';
COMMENT ON COLUMN piece.maker_nm IS 'maker or name on the dial; NULL = unsigned or not known';
COMMENT ON COLUMN piece.approx_yr IS 'rough year of making; NULL = no idea';
COMMENT ON COLUMN piece.ins_val IS 'value the customer put on it for our insurance while it is with us; NULL = not given';
COMMENT ON COLUMN piece.reg_dt IS 'date the piece first came in';

CREATE TABLE supp (
    supp_id      smallint PRIMARY KEY,
    supp_nm      text NOT NULL,
    ctry         char(2) NOT NULL,
    lead_dy      smallint NOT NULL,
    acct_yn      char(1) NOT NULL,
    min_ord_amt  numeric(8,2)
);
COMMENT ON TABLE supp IS 'Suppliers of parts and outside work (case and dial restorers)';
COMMENT ON COLUMN supp.ctry IS 'ISO country code';
COMMENT ON COLUMN supp.lead_dy IS 'usual days from order to delivery';
COMMENT ON COLUMN supp.acct_yn IS 'Y = we have a trade account, N = pay with each order';
COMMENT ON COLUMN supp.min_ord_amt IS 'minimum order value, GBP; NULL = no minimum';

CREATE TABLE job (
    job_id    integer PRIMARY KEY,
    piece_id  integer NOT NULL REFERENCES piece (piece_id),
    staff_id  smallint REFERENCES staff (staff_id),
    in_dt     date NOT NULL,
    wk_cd     char(2) NOT NULL,
    est_amt   numeric(9,2),
    est_dt    date,
    est_resp  char(1),
    resp_dt   date,
    exam_fee  numeric(6,2),
    done_dt   date,
    inv_amt   numeric(9,2),
    coll_dt   date,
    sold_dt   date
);
COMMENT ON TABLE job IS 'Repair jobs: one row each time a piece is booked in for work';
COMMENT ON COLUMN job.staff_id IS 'who has it on the bench; NULL = not given to anyone yet';
COMMENT ON COLUMN job.in_dt IS 'date booked in';
COMMENT ON COLUMN job.wk_cd IS 'OH = full overhaul, SV = service (clean, oil, adjust; for a watch the full service), RP = specific repair, RG = regulate only, BT = battery and seals, GL = new glass / crystal, DL = dial restoration';
COMMENT ON COLUMN job.est_amt IS 'estimate, GBP; NULL = not estimated yet';
COMMENT ON COLUMN job.est_dt IS 'date the estimate went to the customer (same day for counter jobs); NULL = not sent yet';
COMMENT ON COLUMN job.est_resp IS 'A = accepted, D = declined; NULL = no answer from the customer (yet)';
COMMENT ON COLUMN job.resp_dt IS 'date the customer gave their answer';
COMMENT ON COLUMN job.exam_fee IS 'examination fee charged on a declined estimate, GBP; 0 = waived; NULL = estimate not declined';
COMMENT ON COLUMN job.done_dt IS 'date the work was finished; NULL = not finished (or never started)';
COMMENT ON COLUMN job.inv_amt IS 'final invoice for the work, GBP (0 = no charge); NULL = not invoiced yet';
COMMENT ON COLUMN job.coll_dt IS 'date the piece went back to the customer (collected, or delivered and set up); NULL = still with us';
COMMENT ON COLUMN job.sold_dt IS 'date we sold the piece after it was left uncollected; NULL = not sold';

CREATE TABLE part_ord (
    ord_id    integer PRIMARY KEY,
    supp_id   smallint NOT NULL REFERENCES supp (supp_id),
    ord_ref   varchar(16) NOT NULL,
    ord_dt    date NOT NULL,
    rcvd_dt   date,
    cncl_dt   date,
    carr_amt  numeric(7,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE part_ord IS 'Orders placed with suppliers';
COMMENT ON COLUMN part_ord.rcvd_dt IS 'date the parcel arrived; NULL = not arrived';
COMMENT ON COLUMN part_ord.cncl_dt IS 'date the order was cancelled; NULL = not cancelled';
COMMENT ON COLUMN part_ord.carr_amt IS 'carriage / postage charged on the order, GBP';

CREATE TABLE ord_ln (
    ln_id      integer PRIMARY KEY,
    ord_id     integer NOT NULL REFERENCES part_ord (ord_id),
    job_id     integer REFERENCES job (job_id),
    part_cat   char(2) NOT NULL,
    part_desc  text NOT NULL,
    qty        smallint NOT NULL,
    unit_amt   numeric(8,2) NOT NULL
);
COMMENT ON TABLE ord_ln IS 'Lines of supplier orders; ties parts to the jobs they were bought for';
COMMENT ON COLUMN ord_ln.job_id IS 'job the part is for; NULL = bought for stock';
COMMENT ON COLUMN ord_ln.part_cat IS 'MS = mainspring, SU = suspension spring, LN = gut line / cable, BU = bushes, MV = replacement movement, ST = stem and crown, GS = gaskets, CR = glass / crystal, BA = batteries, CS = case restoration (outside work), DL = dial restoration (outside work)';
COMMENT ON COLUMN ord_ln.unit_amt IS 'price per unit, GBP, before carriage';

CREATE TABLE gtee (
    gtee_id   integer PRIMARY KEY,
    job_id    integer NOT NULL UNIQUE REFERENCES job (job_id),
    start_dt  date NOT NULL,
    mths      smallint NOT NULL,
    void_dt   date,
    void_rsn  text
);
COMMENT ON TABLE gtee IS 'Guarantees given on finished work';
COMMENT ON COLUMN gtee.start_dt IS 'day the piece went home';
COMMENT ON COLUMN gtee.mths IS 'length of the guarantee in months';
COMMENT ON COLUMN gtee.void_dt IS 'date the guarantee was voided; NULL = stands';

CREATE TABLE gtee_clm (
    clm_id      integer PRIMARY KEY,
    gtee_id     integer NOT NULL REFERENCES gtee (gtee_id),
    clm_dt      date NOT NULL,
    fault_desc  text NOT NULL,
    outcome     char(1),
    dec_dt      date,
    cost_amt    numeric(8,2)
);
COMMENT ON TABLE gtee_clm IS 'Customers coming back under a guarantee';
COMMENT ON COLUMN gtee_clm.outcome IS 'F = put right free of charge, R = money refunded, X = not covered (damage / tampering), O = outside the guarantee period; NULL = still looking at it';
COMMENT ON COLUMN gtee_clm.dec_dt IS 'date we decided the claim';
COMMENT ON COLUMN gtee_clm.cost_amt IS 'what putting it right cost us (parts and time), GBP; only for F';

CREATE TABLE house_call (
    hc_id     integer PRIMARY KEY,
    cust_id   integer NOT NULL REFERENCES cust (cust_id),
    piece_id  integer REFERENCES piece (piece_id),
    job_id    integer REFERENCES job (job_id),
    staff_id  smallint NOT NULL REFERENCES staff (staff_id),
    call_dt   date NOT NULL,
    purp_cd   char(2) NOT NULL,
    sts       char(1) NOT NULL,
    miles     numeric(5,1) NOT NULL,
    fee_amt   numeric(7,2) NOT NULL
);
COMMENT ON TABLE house_call IS 'Visits to customers'' homes';
COMMENT ON COLUMN house_call.piece_id IS 'NULL = visit not about a piece on our books';
COMMENT ON COLUMN house_call.job_id IS 'job the visit belongs to; NULL = none';
COMMENT ON COLUMN house_call.purp_cd IS 'CO = collect a clock for repair, SU = deliver and set up after repair, AS = look at a clock in the house, RG = call back to regulate / put in beat, MV = take down and set up again for a house move';
COMMENT ON COLUMN house_call.sts IS 'D = done, X = cancelled by the customer, N = went but nobody in';
COMMENT ON COLUMN house_call.miles IS 'miles from the shop, one way';
COMMENT ON COLUMN house_call.fee_amt IS 'call-out charge, GBP (0 = free)';

CREATE TABLE pmt (
    pmt_id  integer PRIMARY KEY,
    job_id  integer NOT NULL REFERENCES job (job_id),
    pd_dt   date NOT NULL,
    amt     numeric(9,2) NOT NULL,
    mth     char(2) NOT NULL,
    dep_yn  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE pmt IS 'Money received against jobs; refunds are negative';
COMMENT ON COLUMN pmt.mth IS 'CD = card, CA = cash, CQ = cheque, BT = bank transfer';
COMMENT ON COLUMN pmt.dep_yn IS 'true = deposit taken when the estimate was accepted';

CREATE TABLE uncoll_ntc (
    ntc_id   integer PRIMARY KEY,
    job_id   integer NOT NULL REFERENCES job (job_id),
    ntc_no   smallint NOT NULL,
    sent_dt  date NOT NULL,
    via      char(1) NOT NULL
);
COMMENT ON TABLE uncoll_ntc IS 'Reminders sent about pieces left with us after they were ready (or after the estimate was declined)';
COMMENT ON COLUMN uncoll_ntc.ntc_no IS '1 = first reminder (30 days), 2 = letter (90 days), 3 = final notice before sale (180 days)';
COMMENT ON COLUMN uncoll_ntc.via IS 'P = phone, E = email, L = letter, R = recorded delivery';

-- ---------------------------------------------------------------- generator helpers (temporary)

CREATE FUNCTION pg_temp.hx(text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT (('x' || substr(md5($1), 1, 7))::bit(28)::int % 1000) $$;
-- the shop is shut on Sundays and Mondays: anything falling then happens on the Tuesday
CREATE FUNCTION pg_temp.sd(date) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 + CASE extract(dow FROM $1)::int WHEN 0 THEN 2 WHEN 1 THEN 1 ELSE 0 END $$;
-- ... and nothing after the export on 30 November 2026 is known
CREATE FUNCTION pg_temp.sdc(date) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN pg_temp.sd($1) <= date '2026-11-30' THEN pg_temp.sd($1) END $$;

CREATE TEMP TABLE g_town (ti int, town text, dist text, base_mi numeric, tel text) ON COMMIT PRESERVE ROWS;
INSERT INTO g_town VALUES
    (1,  'Ludlow',            'SY8',  2.0,  '01584'),
    (2,  'Leominster',        'HR6',  11.2, '01568'),
    (3,  'Tenbury Wells',     'WR15', 9.8,  '01584'),
    (4,  'Craven Arms',       'SY7',  7.9,  '01588'),
    (5,  'Church Stretton',   'SY6',  15.6, '01694'),
    (6,  'Bishop''s Castle',  'SY9',  19.4, '01588'),
    (7,  'Knighton',          'LD7',  16.8, '01547'),
    (8,  'Cleobury Mortimer', 'DY14', 11.5, '01299'),
    (9,  'Shrewsbury',        'SY3',  28.7, '01743'),
    (10, 'Hereford',          'HR1',  24.3, '01432'),
    (11, 'Presteigne',        'LD8',  14.0, '01544'),
    (12, 'Much Wenlock',      'TF13', 19.9, '01952');

-- job skeleton: booking dates (denser as the business grows), which jobs are a piece coming back
CREATE TEMP TABLE g_j0 AS
WITH a AS (
    SELECT j,
           date '2024-01-03' + floor(1060 * power((j - 1) / 1499.0, 0.87))::int AS d0,
           (j > 420 AND pg_temp.hx('rev' || j) % 100 < 16) AS rev
    FROM generate_series(1, 1500) AS j
), b AS (
    SELECT a.*,
           count(*) FILTER (WHERE NOT rev) OVER (ORDER BY j ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS npb
    FROM a
)
SELECT j, 4100 + j AS job_id,
       d0 + CASE extract(dow FROM d0)::int WHEN 0 THEN 2 WHEN 1 THEN 1 ELSE 0 END AS in_dt,
       rev,
       (CASE WHEN rev THEN 1 + pg_temp.hx('rp' || j) * 7 % (npb - 300) ELSE npb + 1 END)::int AS piece_id
FROM b;

-- pieces: owner (new customer, or an existing one; dealers come back often), type, power
CREATE TEMP TABLE g_p1 AS
WITH f AS (SELECT piece_id AS p, in_dt AS reg_dt FROM g_j0 WHERE NOT rev),
r AS (SELECT f.*, (p > 5 AND pg_temp.hx('own' || p) % 100 < 30) AS rep FROM f),
n AS (SELECT r.*,
             count(*) FILTER (WHERE NOT rep) OVER (ORDER BY p ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)::int AS nb
      FROM r)
SELECT p, reg_dt, rep, nb,
       CASE WHEN NOT rep THEN 221 + nb + nb / 40
            WHEN p % 5 = 0 THEN 5 + 47 * (pg_temp.hx('tr' || p) % ((215 + nb) / 47 + 1))
            ELSE 1 + pg_temp.hx('oc' || p) * 3 % (220 + nb) END AS cust_id,
       CASE WHEN p % 400 = 217 THEN 'T'
            ELSE CASE WHEN pg_temp.hx('typ' || p) % 100 < 36 THEN 'R'
                      WHEN pg_temp.hx('typ' || p) % 100 < 40 THEN 'P'
                      WHEN pg_temp.hx('typ' || p) % 100 < 57 THEN 'M'
                      WHEN pg_temp.hx('typ' || p) % 100 < 70 THEN 'L'
                      WHEN pg_temp.hx('typ' || p) % 100 < 83 THEN 'W'
                      ELSE 'C' END END AS typ,
       pg_temp.hx('pw' || p) AS hp,
       pg_temp.hx('mk' || p) AS hm,
       pg_temp.hx('yr' || p) AS hy,
       pg_temp.hx('iv' || p) AS hv
FROM n;

CREATE TEMP TABLE g_p AS
SELECT q.*,
       CASE WHEN (typ <> 'R' AND hm < 160) OR (typ = 'R' AND hm < 40) THEN NULL
            ELSE CASE typ
                WHEN 'L' THEN (ARRAY['Thos. Lister, Halifax','John Wyke, Liverpool','Edward Bumstead, Ludlow','Samuel Deacon, Barton',
                                     'Jno. Whitehurst, Derby','Wm. Snow, Padside','Richd. Blakeborough','Thos. Ogden, Halifax'])[1 + hm % 8]
                WHEN 'C' THEN (ARRAY['Drocourt','Margaine','Henri Jacot','L''Epée','Couaillet','Duverdrey & Bloquel'])[1 + hm % 6]
                WHEN 'W' THEN (ARRAY['Gustav Becker','Junghans','Kienzle','Smiths','Enfield','Lenzkirch','Hermle'])[1 + hm % 7]
                WHEN 'M' THEN (ARRAY['Smiths','Hermle','Junghans','Japy Frères','Ansonia','Seth Thomas','Mappin & Webb','Comitti','Hermle'])[1 + hm % 9]
                WHEN 'P' THEN (ARRAY['Waltham','Elgin','J.W. Benson','Thomas Russell','Rotherhams','Zenith'])[1 + hm % 6]
                WHEN 'T' THEN (ARRAY['J.B. Joyce, Whitchurch','Smith of Derby','Gillett & Johnston'])[1 + hm % 3]
                ELSE CASE pwr
                    WHEN 'Q' THEN (ARRAY['Seiko','Citizen','Accurist','Rotary','Sekonda','Timex','Tissot','Casio','Seiko','Citizen'])[1 + hm % 10]
                    WHEN 'A' THEN (ARRAY['Rolex','Omega','Tudor','Seiko','Tissot','Longines','Oris','Hamilton','Seiko','Omega'])[1 + hm % 10]
                    ELSE (ARRAY['Smiths','Omega','Rolex','Longines','Ingersoll','Timex','Certina','Rotary'])[1 + hm % 8] END
            END
       END AS maker_nm,
       CASE WHEN hy % 10 < 2 THEN NULL
            ELSE CASE typ
                WHEN 'L' THEN 1740 + hy % 140
                WHEN 'C' THEN 1850 + hy % 70
                WHEN 'W' THEN CASE WHEN pwr = 'Q' THEN 1980 + hy % 40 ELSE 1860 + hy % 100 END
                WHEN 'M' THEN CASE WHEN pwr = 'Q' THEN 1975 + hy % 45 ELSE 1880 + hy % 90 END
                WHEN 'R' THEN CASE WHEN pwr = 'Q' THEN 1978 + hy % 46 ELSE 1950 + hy % 74 END
                WHEN 'P' THEN 1870 + hy % 60
                ELSE 1860 + hy % 40 END
       END AS approx_yr,
       CASE WHEN hv % 10 < 4 THEN NULL
            ELSE round(CASE typ WHEN 'L' THEN 4000 WHEN 'C' THEN 1800 WHEN 'W' THEN 900 WHEN 'M' THEN 350
                                WHEN 'R' THEN 1200 WHEN 'P' THEN 600 ELSE 25000 END
                       * (0.3 + (hv % 100) / 40.0) / 50) * 50
       END AS ins_val
FROM (SELECT g_p1.*,
             CASE typ WHEN 'L' THEN 'W' WHEN 'T' THEN 'W' WHEN 'C' THEN 'S' WHEN 'P' THEN 'S'
                      WHEN 'W' THEN CASE WHEN hp < 400 THEN 'W' WHEN hp < 930 THEN 'S' ELSE 'Q' END
                      WHEN 'M' THEN CASE WHEN hp < 170 THEN 'Q' ELSE 'S' END
                      ELSE CASE WHEN hp < 400 THEN 'Q' WHEN hp < 750 THEN 'A' ELSE 'S' END END AS pwr
      FROM g_p1) q;

-- customers: the 220 from the card index, one per new-customer piece, and every 41st number a caller
-- who only ever had a house call
CREATE TEMP TABLE g_c AS
WITH nc AS (
    -- a longcase owner is on the books from the day we first went to look at the clock
    SELECT p.cust_id,
           CASE WHEN p.typ = 'L' AND pg_temp.hx('has' || j0.j) < 250
                THEN pg_temp.sd(greatest(date '2024-01-03', p.reg_dt - 5 - pg_temp.hx('has' || j0.j) % 15))
                ELSE p.reg_dt END AS crt_dt,
           'P'::text AS kind
    FROM g_p p JOIN g_j0 j0 ON j0.piece_id = p.p AND NOT j0.rev
    WHERE NOT p.rep
), gap AS (
    SELECT 220 + 41 * m AS cust_id,
           greatest(date '2024-01-03', nc.crt_dt - (m % 4)) AS crt_dt,
           'H'::text AS kind
    FROM generate_series(1, 40) AS m
    JOIN nc ON nc.cust_id = 221 + 41 * m
)
SELECT c AS cust_id, date '2024-01-02' AS crt_dt, 'O'::text AS kind FROM generate_series(1, 220) AS c
UNION ALL SELECT * FROM nc
UNION ALL SELECT * FROM gap;

INSERT INTO staff (staff_id, staff_nm, role_cd, start_dt, left_dt, bench_no) VALUES
    (1, 'Edwin Hartley',   'M', date '1986-04-01', NULL,              1),
    (2, 'Ruth Hartley',    'M', date '2008-09-01', NULL,              2),
    (3, 'Dariusz Wójcik',  'J', date '2019-03-04', NULL,              3),
    (4, 'Ffion Price',     'A', date '2024-09-02', NULL,              4),
    (5, 'Colin Mabbott',   'J', date '2001-02-12', date '2025-06-27', 5),
    (6, 'Sam Okafor',      'A', date '2026-09-07', NULL,              5),
    (7, 'Gwen Hartley',    'O', date '2012-01-09', NULL,              NULL);

INSERT INTO supp (supp_id, supp_nm, ctry, lead_dy, acct_yn, min_ord_amt) VALUES
    (1, 'Hawkes Clock Materials Ltd',  'GB', 3,  'Y', NULL),
    (2, 'Bristol Mainspring Co',       'GB', 5,  'Y', 25.00),
    (3, 'Furtwangen Uhrenteile GmbH',  'DE', 12, 'Y', 100.00),
    (4, 'Jura Fournitures SA',         'CH', 14, 'Y', NULL),
    (5, 'Severn Glass & Crystal',      'GB', 4,  'N', NULL),
    (6, 'Kobe Watch Parts Trading',    'JP', 21, 'N', NULL),
    (7, 'Marches Cabinet Works',       'GB', 30, 'N', NULL),
    (8, 'Westcott Dial Studio',        'GB', 45, 'N', NULL),
    (9, 'Old Colony Clock Supply',     'US', 25, 'N', 150.00);

INSERT INTO cust (cust_id, f_nm, l_nm, co_nm, trade_yn, town, pcode, phone, email, mail_ok, card_no, crt_dt)
SELECT c.cust_id, fn, ln,
       CASE WHEN c.cust_id % 47 = 5 THEN
           (ARRAY['Corve Street Antiques','Broad Street Clocks','Teme Valley Antiques','Marches Auction Rooms',
                  'Tenbury Antiques Centre','Mortimer & Vaughan Jewellers','Feathers Antiques','Castle Bridge Collectables',
                  'Leominster Clock Shop','Old Street Emporium','Bromfield Antiques','Clun Valley Salvage',
                  'Stretton Hall Antiques','Knighton Jewellers','Wenlock Clocks','Hereford Watch Co',
                  'Presteigne Antiques','Quality Square Interiors','Raven Lane Antiques','Castle Curios',
                  'Ledwyche Interiors','Onny Mill Antiques','Dinham Fine Art','Severn Side Auctions'])[1 + (c.cust_id / 47) % 24]
       END,
       CASE WHEN c.cust_id % 47 = 5 THEN 'Y' ELSE 'N' END,
       t.town,
       CASE WHEN ht % 50 = 7 THEN NULL
            ELSE t.dist || ' ' || (1 + ht % 9)::text || chr(65 + ht % 26) || chr(65 + (ht / 26) % 26) END,
       CASE WHEN ht % 37 = 3 THEN NULL
            WHEN ht % 3 = 0 THEN '07' || lpad(((c.cust_id::bigint * 7919 * 104729) % 1000000000)::text, 9, '0')
            ELSE t.tel || ' ' || lpad(((c.cust_id::bigint * 15485863) % 1000000)::text, 6, '0') END,
       CASE WHEN he < (CASE WHEN c.kind = 'O' THEN 550 ELSE 330 END) THEN NULL
            ELSE translate(lower(fn), 'âô', 'ao') || '.' || lower(replace(ln, '''', '')) || CASE WHEN he % 3 = 0 THEN (c.cust_id % 90)::text ELSE '' END || '@'
                 || (ARRAY['btinternet.com','gmail.com','hotmail.co.uk','outlook.com','yahoo.co.uk','gmail.com','icloud.com','talktalk.net'])[1 + he % 8] END,
       (he % 10) < 6,
       CASE WHEN c.kind = 'O' THEN 100 + (c.cust_id * 37) % 2900 END,
       c.crt_dt
FROM (SELECT g_c.*, pg_temp.hx('town' || cust_id) AS ht, pg_temp.hx('em' || cust_id) AS he,
             (ARRAY['Margaret','John','Susan','David','Elizabeth','Peter','Ann','Richard','Gillian','Michael',
                    'Patricia','Robert','Helen','Geoffrey','Sarah','Ian','Jennifer','Alan','Catherine','Nigel',
                    'Rhiannon','Gareth','Emma','Tom','Siân','Hugh','Lucy','Owen','Joan','Andrew'])[1 + pg_temp.hx('fn' || cust_id) % 30] AS fn,
             (ARRAY['Morris','Davies','Jones','Evans','Price','Powell','Bowen','Preece','Watkins','Lloyd',
                    'Hughes','Pugh','Williams','Edwards','Hamer','Bebb','Corbett','Bright','Tranter','Meredith',
                    'Jenkins','Griffiths','Owen','Smith','Baker','Clee','Phillips','O''Neill','Rowlands','Harris',
                    'Wilde','Beddoes','Haynes','Venables','Mason'])[1 + pg_temp.hx('ln' || cust_id) % 35] AS ln
      FROM g_c) c
JOIN g_town t ON t.ti = CASE WHEN c.ht % 100 < 35 THEN 1 WHEN c.ht % 100 < 45 THEN 2 WHEN c.ht % 100 < 53 THEN 3
                             WHEN c.ht % 100 < 60 THEN 4 WHEN c.ht % 100 < 65 THEN 5 WHEN c.ht % 100 < 70 THEN 6
                             WHEN c.ht % 100 < 74 THEN 7 WHEN c.ht % 100 < 80 THEN 8 WHEN c.ht % 100 < 87 THEN 9
                             WHEN c.ht % 100 < 94 THEN 10 WHEN c.ht % 100 < 97 THEN 11 ELSE 12 END;

INSERT INTO piece (piece_id, cust_id, piece_typ, pwr, maker_nm, approx_yr, ins_val, reg_dt)
SELECT p, cust_id, typ, pwr, maker_nm, approx_yr, ins_val, reg_dt FROM g_p ORDER BY p;

-- jobs: the whole life of each job, computed once
CREATE TEMP TABLE g_j1 AS
SELECT s.*,
       CASE WHEN wk_cd IN ('BT', 'GL', 'RG') THEN true ELSE false END AS quick
FROM (
    SELECT j0.*, p.typ, p.pwr, p.maker_nm, p.cust_id, (p.cust_id % 47 = 5) AS trade,
           pg_temp.hx('a' || j) AS ha, pg_temp.hx('b' || j) AS hb, pg_temp.hx('c' || j) AS hc,
           pg_temp.hx('d' || j) AS hd, pg_temp.hx('e' || j) AS he, pg_temp.hx('f' || j) AS hf,
           pg_temp.hx('g' || j) AS hg, pg_temp.hx('h' || j) AS hh, pg_temp.hx('i' || j) AS hi,
           pg_temp.hx('k' || j) AS hk, pg_temp.hx('s' || j) AS hs,
           CASE WHEN p.pwr = 'Q' THEN CASE WHEN pg_temp.hx('a' || j) < 600 THEN 'BT' WHEN pg_temp.hx('a' || j) < 820 THEN 'GL' ELSE 'RP' END
                WHEN p.typ IN ('R', 'P') THEN CASE WHEN pg_temp.hx('a' || j) < 540 THEN 'SV' WHEN pg_temp.hx('a' || j) < 760 THEN 'RP'
                                                   WHEN pg_temp.hx('a' || j) < 900 THEN 'GL' ELSE 'RG' END
                ELSE CASE WHEN pg_temp.hx('a' || j) < 420 THEN 'OH' WHEN pg_temp.hx('a' || j) < 600 THEN 'SV'
                          WHEN pg_temp.hx('a' || j) < 870 THEN 'RP' WHEN pg_temp.hx('a' || j) < 993 THEN 'RG' ELSE 'DL' END
           END AS wk_cd
    FROM g_j0 j0 JOIN g_p p ON p.p = j0.piece_id
) s;

CREATE TEMP TABLE g_j2 AS
SELECT s.*,
       pg_temp.sdc(est_dt0) AS est_dt
FROM (
    SELECT g_j1.*,
           (NOT quick AND in_dt > date '2026-11-12' AND hb < 600) AS unalloc,
           CASE WHEN quick THEN in_dt
                WHEN in_dt > date '2026-11-12' AND hb < 600 THEN NULL
                ELSE in_dt + 3 + hd % 19 END AS est_dt0,
           CASE wk_cd
                WHEN 'BT' THEN CASE WHEN typ IN ('R', 'P') THEN 12.50 + (hc % 5) * 3.50 ELSE 8.50 + (hc % 3) * 2 END
                WHEN 'GL' THEN CASE WHEN typ IN ('R', 'P') THEN 25 + (hc % 8) * 5 ELSE 35 + (hc % 10) * 6 END
                ELSE greatest(20, round(
                        CASE typ WHEN 'L' THEN 640 WHEN 'C' THEN 390 WHEN 'W' THEN 360 WHEN 'M' THEN 270
                                 WHEN 'R' THEN 230 WHEN 'P' THEN 310 ELSE 3200 END
                        * CASE WHEN maker_nm IN ('Rolex', 'Omega', 'Tudor', 'Longines') THEN 1.6 ELSE 1 END
                        * CASE wk_cd WHEN 'OH' THEN 1.0 WHEN 'SV' THEN CASE WHEN typ IN ('R', 'P') THEN 1.0 ELSE 0.55 END
                                     WHEN 'RP' THEN 0.5 WHEN 'RG' THEN 0.15 ELSE 1.2 END
                        * (0.78 + hc / 1000.0 * 0.55) / 5) * 5)
           END AS est_raw
    FROM g_j1
) s;

CREATE TEMP TABLE g_j3 AS
SELECT s.*,
       CASE WHEN est_resp = 'A' THEN done0 END AS r_done
FROM (
    SELECT g_j2.*,
           CASE WHEN est_dt IS NULL THEN NULL ELSE est_raw END AS est_amt,
           CASE WHEN est_dt IS NULL THEN NULL
                WHEN quick THEN 'A'
                WHEN he < 18 THEN NULL
                WHEN pg_temp.sdc(est_dt + he % 23) IS NULL THEN NULL
                WHEN hf < 120 OR (est_raw > 900 AND hf < 280) THEN 'D'
                ELSE 'A' END AS est_resp,
           CASE WHEN est_dt IS NULL THEN NULL
                WHEN quick THEN in_dt
                WHEN he < 18 THEN NULL
                WHEN pg_temp.sdc(est_dt + he % 23) IS NULL THEN NULL
                ELSE pg_temp.sd(est_dt + he % 23) END AS resp_dt,
           CASE WHEN unalloc THEN NULL
                WHEN typ IN ('R', 'P') THEN CASE WHEN hs < 250 THEN 2 ELSE 3 END
                WHEN typ IN ('L', 'T') THEN CASE WHEN hs < 380 AND in_dt < date '2025-03-01' THEN 5 WHEN hs < 520 THEN 2 ELSE 1 END
                ELSE CASE WHEN pwr = 'Q' AND in_dt >= date '2026-09-07' AND hs < 500 THEN 6
                          WHEN hs < 380 THEN 2
                          WHEN hs < 700 AND in_dt < date '2025-03-01' THEN 5
                          WHEN in_dt >= date '2024-09-02' AND hs < 900 THEN 4
                          ELSE 1 END
           END AS staff0,
           CASE WHEN wk_cd = 'BT' THEN 0
                WHEN wk_cd = 'GL' THEN 3 + hg % 6
                WHEN wk_cd = 'RG' THEN 1 + hg % 5
                WHEN wk_cd = 'DL' THEN 55 + hg % 50
                ELSE CASE typ WHEN 'R' THEN 12 + hg % 45 WHEN 'P' THEN 12 + hg % 45 WHEN 'L' THEN 25 + hg % 80
                              WHEN 'T' THEN 70 + hg % 100 ELSE 16 + hg % 55 END
                     + CASE WHEN wk_cd = 'OH' THEN 15 ELSE 0 END
           END AS dur
    FROM g_j2
) s
CROSS JOIN LATERAL (SELECT pg_temp.sdc(s.resp_dt + s.dur) AS done0) d;

CREATE TEMP TABLE g_j4 AS
SELECT s.*,
       CASE WHEN r_dt IS NULL THEN NULL
            WHEN uc = 'N' THEN pg_temp.sdc(r_dt + CASE WHEN wk_cd = 'BT' THEN 0 WHEN quick THEN hi % 8 ELSE hi % 26 END)
            WHEN uc = 'L' THEN pg_temp.sdc(r_dt + 100 + hi % 150)
       END AS coll_dt,
       CASE WHEN uc = 'S' THEN pg_temp.sdc(r_dt + 400 + hi % 60) END AS sold_dt
FROM (
    SELECT g_j3.*,
           CASE WHEN wk_cd = 'BT' THEN 'N'
                WHEN hh < 30 THEN 'L' WHEN hh < 50 THEN 'S' WHEN hh < 85 THEN 'U' ELSE 'N' END AS uc,
           CASE WHEN est_resp = 'A' THEN r_done WHEN est_resp = 'D' THEN resp_dt END AS r_dt
    FROM g_j3
) s;

-- a piece can only come back once the earlier job on it has gone home; other "revisits" were torn up
CREATE TEMP TABLE g_j AS
SELECT a.*,
       a.r_done AS done_dt,
       CASE WHEN a.r_done IS NULL THEN NULL
            WHEN a.wk_cd = 'RG' AND a.hk % 4 = 0 THEN 0
            WHEN NOT a.quick AND a.hk % 10 < 2 THEN a.est_amt + round(a.est_amt * 0.12 / 5) * 5
            WHEN NOT a.quick AND a.hk % 10 = 9 THEN a.est_amt - 10
            ELSE a.est_amt END AS inv_amt,
       CASE WHEN a.est_resp = 'D' THEN CASE WHEN a.trade OR a.hk % 7 = 0 THEN 0 WHEN a.typ IN ('R', 'P') THEN 15 ELSE 25 END END AS exam_fee,
       CASE WHEN a.staff0 = 5 AND coalesce(a.r_done, a.resp_dt, a.est_dt, a.in_dt) > date '2025-06-27' THEN 1 ELSE a.staff0 END AS staff_id
FROM g_j4 a
WHERE NOT a.rev
   OR NOT EXISTS (SELECT 1 FROM g_j4 e
                  WHERE e.piece_id = a.piece_id AND e.j < a.j
                    AND (e.coll_dt IS NULL OR e.coll_dt >= a.in_dt));

INSERT INTO job (job_id, piece_id, staff_id, in_dt, wk_cd, est_amt, est_dt, est_resp, resp_dt, exam_fee,
                 done_dt, inv_amt, coll_dt, sold_dt)
SELECT job_id, piece_id, staff_id, in_dt, wk_cd, est_amt, est_dt, est_resp, resp_dt, exam_fee,
       done_dt, inv_amt, coll_dt, sold_dt
FROM g_j ORDER BY job_id;

-- ---------------------------------------------------------------- parts orders and their lines

CREATE TEMP TABLE g_l0 AS
WITH need AS (
    SELECT g_j.*, pg_temp.hx('n' || j) AS hn, pg_temp.hx('m' || j) AS hm2, pg_temp.hx('o' || j) AS ho,
           CASE WHEN maker_nm IN ('Seiko', 'Citizen', 'Casio') THEN 6 ELSE 4 END AS ws,
           pg_temp.sd(resp_dt + pg_temp.hx('m' || j) % 3) AS ld
    FROM g_j
    WHERE est_resp = 'A'
      AND CASE wk_cd WHEN 'GL' THEN true WHEN 'DL' THEN true WHEN 'BT' THEN false WHEN 'RG' THEN false
                     WHEN 'OH' THEN pg_temp.hx('m' || j) < 800
                     WHEN 'RP' THEN pg_temp.hx('m' || j) < 700
                     ELSE CASE WHEN typ IN ('R', 'P') THEN pg_temp.hx('m' || j) < 450 ELSE pg_temp.hx('m' || j) < 150 END END
), c1 AS (
    SELECT need.*,
           CASE WHEN wk_cd = 'GL' THEN 'CR'
                WHEN wk_cd = 'DL' THEN 'DL'
                WHEN pwr = 'Q' THEN 'MV'
                WHEN typ IN ('R', 'P') THEN (ARRAY['MS', 'ST', 'GS', 'ST', 'CR'])[1 + hn % 5]
                ELSE CASE hn % 6 WHEN 0 THEN 'MS' WHEN 1 THEN 'SU'
                                 WHEN 2 THEN CASE WHEN pwr = 'W' THEN 'LN' ELSE 'MS' END
                                 WHEN 3 THEN 'BU'
                                 WHEN 4 THEN CASE WHEN typ IN ('M', 'W') AND pwr = 'S' THEN 'MV' ELSE 'BU' END
                                 ELSE CASE WHEN typ IN ('L', 'W', 'T') THEN 'CS' ELSE 'SU' END END
           END AS cat
    FROM need
    WHERE ld <= date '2026-11-30'
), lines AS (
    SELECT job_id, typ, ws, ld, hn, cat, 1 AS seq FROM c1
    UNION ALL
    SELECT job_id, typ, ws, ld, ho, CASE WHEN typ IN ('R', 'P') THEN 'GS' ELSE 'BU' END, 2
    FROM c1 WHERE ho < 250 AND cat NOT IN ('CR', 'DL', 'MV', 'CS')
)
SELECT job_id, ld, cat, seq,
       CASE cat WHEN 'CR' THEN 5 WHEN 'DL' THEN 8 WHEN 'CS' THEN 7
                WHEN 'MS' THEN CASE WHEN typ IN ('R', 'P') THEN ws ELSE 2 END
                WHEN 'MV' THEN CASE WHEN typ IN ('R', 'P') THEN ws ELSE 3 END
                WHEN 'ST' THEN ws WHEN 'GS' THEN 4 ELSE 1 END AS supp_id,
       CASE cat WHEN 'BU' THEN 2 + hn % 7 WHEN 'GS' THEN 1 + hn % 3 ELSE 1 END AS qty,
       CASE cat
            WHEN 'MS' THEN CASE WHEN typ IN ('R', 'P') THEN 24 + hn % 38 ELSE 16.50 + (hn % 25) * 1.10 END
            WHEN 'SU' THEN 5.80 + (hn % 6) * 0.75
            WHEN 'LN' THEN 11.40 + (hn % 3) * 2.20
            WHEN 'BU' THEN 1.35 + (hn % 4) * 0.25
            WHEN 'MV' THEN CASE WHEN typ IN ('R', 'P') THEN 32 + hn % 55 ELSE 95 + hn % 110 END
            WHEN 'CS' THEN 140 + (hn % 30) * 10
            WHEN 'DL' THEN 190 + (hn % 22) * 10
            WHEN 'CR' THEN CASE WHEN typ IN ('R', 'P') THEN 7.50 + hn % 20 ELSE 14 + hn % 30 END
            WHEN 'ST' THEN 9.50 + hn % 18
            ELSE 3.20 + (hn % 4) * 0.60
       END AS unit_amt,
       CASE cat
            WHEN 'MS' THEN CASE WHEN typ IN ('R', 'P') THEN 'mainspring (watch)' ELSE 'mainspring ' || (ARRAY['1.50 x 0.35', '1.75 x 0.40', '2.00 x 0.45', '1.25 x 0.30'])[1 + hn % 4] END
            WHEN 'SU' THEN 'suspension spring'
            WHEN 'LN' THEN CASE WHEN typ = 'L' THEN 'gut line, pair' ELSE 'steel cable, pair' END
            WHEN 'BU' THEN 'brass bushes'
            WHEN 'MV' THEN CASE WHEN typ IN ('R', 'P') THEN 'quartz calibre, complete' ELSE 'replacement movement' END
            WHEN 'CS' THEN 'case restoration'
            WHEN 'DL' THEN 'dial restoration'
            WHEN 'CR' THEN CASE WHEN typ IN ('R', 'P') THEN 'crystal' ELSE 'bevelled glass' END
            WHEN 'ST' THEN 'stem and crown'
            ELSE 'gasket set'
       END AS part_desc
FROM lines
UNION ALL
-- stock: first Tuesday of each month
SELECT NULL, ft, s.cat, s.seq, s.supp_id, s.qty, s.unit_amt, s.part_desc
FROM (SELECT m, d + (2 - extract(dow FROM d)::int + 7) % 7 AS ft
      FROM (SELECT m, (date '2024-01-01' + make_interval(months => m))::date AS d FROM generate_series(0, 34) AS m) x) mm
CROSS JOIN LATERAL (VALUES
    ('BA', 10, 1, 2 + mm.m % 3, CASE WHEN mm.ft < date '2025-01-01' THEN 9.80 WHEN mm.ft < date '2026-01-01' THEN 10.60 ELSE 11.40 END,
     'silver oxide cells, box of 10', true),
    ('BU', 11, 1, 1, 24.50, 'bush assortment', mm.m % 4 = 0),
    ('CR', 12, 5, 1, 38.00, 'acrylic crystal assortment', mm.m % 3 = 1),
    ('MS', 13, 2, 1, 64.00, 'clock mainspring assortment', mm.m % 6 = 2)
) AS s(cat, seq, supp_id, qty, unit_amt, part_desc, want)
WHERE s.want;

CREATE TEMP TABLE g_o AS
WITH grp AS (
    SELECT l.supp_id, date_trunc('week', l.ld)::date AS wk, min(l.ld) AS ord_dt, sum(l.qty * l.unit_amt) AS goods
    FROM g_l0 l GROUP BY l.supp_id, date_trunc('week', l.ld)::date
), n AS (
    SELECT grp.*, row_number() OVER (ORDER BY ord_dt, supp_id) AS ord_id,
           row_number() OVER (PARTITION BY extract(year FROM ord_dt) ORDER BY ord_dt, supp_id) AS yr_no,
           pg_temp.hx('ord' || supp_id || wk) AS q
    FROM grp
)
SELECT n.*, s.lead_dy, s.ctry,
       CASE WHEN q < 30 THEN pg_temp.sdc(ord_dt + 1 + q % 6) END AS cncl_dt
FROM n JOIN supp s ON s.supp_id = n.supp_id;

INSERT INTO part_ord (ord_id, supp_id, ord_ref, ord_dt, rcvd_dt, cncl_dt, carr_amt)
SELECT ord_id, supp_id,
       'HD/' || to_char(ord_dt, 'YY') || '/' || lpad(yr_no::text, 3, '0'),
       ord_dt,
       CASE WHEN cncl_dt IS NULL
            THEN pg_temp.sdc(ord_dt + lead_dy + q % CASE WHEN ctry = 'GB' THEN 4 ELSE 10 END
                             + CASE WHEN q BETWEEN 30 AND 49 THEN 28 ELSE 0 END) END,
       cncl_dt,
       CASE supp_id WHEN 1 THEN CASE WHEN goods >= 50 THEN 0 ELSE 4.95 END
                    WHEN 2 THEN 3.60 WHEN 3 THEN 18.50 WHEN 4 THEN 22.00 WHEN 5 THEN 3.20
                    WHEN 6 THEN 15.00 WHEN 7 THEN 0 ELSE 12.00 END
FROM g_o ORDER BY ord_id;

INSERT INTO ord_ln (ln_id, ord_id, job_id, part_cat, part_desc, qty, unit_amt)
SELECT row_number() OVER (ORDER BY o.ord_id, l.job_id NULLS LAST, l.seq),
       o.ord_id, l.job_id, l.cat, l.part_desc, l.qty, l.unit_amt
FROM g_l0 l JOIN g_o o ON o.supp_id = l.supp_id AND o.wk = date_trunc('week', l.ld)::date;

-- ---------------------------------------------------------------- guarantees and claims

CREATE TEMP TABLE g_g AS
SELECT row_number() OVER (ORDER BY coll_dt, job_id)::int AS gtee_id, job_id, j, coll_dt AS start_dt,
       CASE wk_cd WHEN 'OH' THEN 24 WHEN 'SV' THEN 12 WHEN 'DL' THEN 12 ELSE 6 END AS mths,
       inv_amt, typ,
       pg_temp.hx('v' || j) AS hv, pg_temp.hx('cl' || j) AS hcl, pg_temp.hx('cd' || j) AS hcd, pg_temp.hx('co' || j) AS hco
FROM g_j
WHERE est_resp = 'A' AND done_dt IS NOT NULL AND coll_dt IS NOT NULL
  AND wk_cd IN ('OH', 'SV', 'RP', 'DL') AND inv_amt > 0;

INSERT INTO gtee (gtee_id, job_id, start_dt, mths, void_dt, void_rsn)
SELECT gtee_id, job_id, start_dt, mths,
       CASE WHEN hv < 40 THEN pg_temp.sdc(start_dt + 20 + hv * 7 % 250) END,
       CASE WHEN hv < 40 AND pg_temp.sdc(start_dt + 20 + hv * 7 % 250) IS NOT NULL THEN
           CASE WHEN typ IN ('R', 'P') THEN (ARRAY['opened by another repairer', 'water got in, crown left out', 'dropped'])[1 + hv % 3]
                WHEN typ = 'L' THEN (ARRAY['moved by the customer without us', 'weights hung on the wrong side', 'case knocked over'])[1 + hv % 3]
                ELSE (ARRAY['dropped', 'overwound and forced', 'opened by another repairer'])[1 + hv % 3] END
       END
FROM g_g ORDER BY gtee_id;

CREATE TEMP TABLE g_cl AS
SELECT s.*,
       pg_temp.sdc(clm_dt + 3 + hco % 20) AS dec_dt
FROM (
    SELECT g.*, gt.void_dt, pg_temp.sd(g.start_dt + g.hcd % (g.mths * 30 + 90)) AS clm_dt
    FROM g_g g JOIN gtee gt ON gt.gtee_id = g.gtee_id
    WHERE g.hcl < 75
) s
WHERE clm_dt <= date '2026-11-30';

CREATE TEMP TABLE g_cl2 AS
SELECT row_number() OVER (ORDER BY clm_dt, gtee_id)::int AS clm_id, g_cl.*,
       CASE WHEN dec_dt IS NULL THEN NULL
            WHEN clm_dt > (start_dt + make_interval(months => mths))::date THEN 'O'
            WHEN void_dt IS NOT NULL AND clm_dt >= void_dt THEN 'X'
            WHEN hco < 650 THEN 'F' WHEN hco < 850 THEN 'X' ELSE 'R' END AS outcome
FROM g_cl;

INSERT INTO gtee_clm (clm_id, gtee_id, clm_dt, fault_desc, outcome, dec_dt, cost_amt)
SELECT clm_id, gtee_id, clm_dt,
       CASE WHEN typ IN ('R', 'P') THEN (ARRAY['losing time', 'gaining time', 'stops overnight', 'moisture under the glass', 'date not changing', 'winding feels rough'])[1 + hcd % 6]
            ELSE (ARRAY['stops after a few days', 'losing time', 'gaining time', 'striking the wrong hour', 'chime out of step', 'hands catching', 'will not stay in beat'])[1 + hcd % 7] END,
       outcome, dec_dt,
       CASE WHEN outcome = 'F' THEN 15 + hco % 110 + 0.50 * (hco % 2) END
FROM g_cl2 ORDER BY clm_id;

-- ---------------------------------------------------------------- house calls

CREATE TEMP TABLE g_hc AS
WITH cm AS (
    SELECT c.cust_id, c.crt_dt,
           round(t.base_mi + CASE WHEN t.ti = 1 THEN (c.cust_id % 25) / 10.0 - 1.0 ELSE ((c.cust_id % 21) - 10) / 10.0 END, 1) AS miles
    FROM cust c JOIN g_town t ON t.town = c.town
), calls AS (
    -- collecting longcase and turret clocks from the house
    SELECT 1 AS k, j.j, j.cust_id, j.piece_id, j.job_id, j.staff_id, j.in_dt AS call_dt, 'CO' AS purp_cd, j.wk_cd
    FROM g_j j WHERE j.typ IN ('L', 'T') AND pg_temp.hx('hco' || j.j) < 700
    UNION ALL
    -- delivering and setting up again
    SELECT 2, j.j, j.cust_id, j.piece_id, j.job_id, j.staff_id, j.coll_dt, 'SU', j.wk_cd
    FROM g_j j WHERE j.typ IN ('L', 'T') AND j.coll_dt IS NOT NULL AND pg_temp.hx('hsu' || j.j) < 850
    UNION ALL
    -- coming back to regulate after a set-up
    SELECT 3, j.j, j.cust_id, j.piece_id, j.job_id, j.staff_id, pg_temp.sd(j.coll_dt + 7 + pg_temp.hx('hrg' || j.j) % 30), 'RG', j.wk_cd
    FROM g_j j WHERE j.typ IN ('L', 'T') AND j.coll_dt IS NOT NULL AND pg_temp.hx('hsu' || j.j) < 850
                 AND pg_temp.hx('hrg' || j.j) < 170
                 AND pg_temp.sdc(j.coll_dt + 7 + pg_temp.hx('hrg' || j.j) % 30) IS NOT NULL
    UNION ALL
    -- looking at a longcase in the house before it was booked in
    SELECT 4, j.j, j.cust_id, j.piece_id, j.job_id, NULL, pg_temp.sd(greatest(date '2024-01-03', j.in_dt - 5 - pg_temp.hx('has' || j.j) % 15)), 'AS', j.wk_cd
    FROM g_j j WHERE j.typ = 'L' AND NOT j.rev AND pg_temp.hx('has' || j.j) < 250
    UNION ALL
    -- callers who only ever had a visit
    SELECT 5, 0, c.cust_id, NULL, NULL, NULL, pg_temp.sd(c.crt_dt + 2 + c.cust_id % 9), 'AS', NULL
    FROM g_c c WHERE c.kind = 'H' AND pg_temp.sdc(c.crt_dt + 2 + c.cust_id % 9) IS NOT NULL
    UNION ALL
    -- house moves
    SELECT 6, 0, p.cust_id, p.p, NULL, NULL, pg_temp.sd(p.reg_dt + 200 + p.p % 300), 'MV', NULL
    FROM g_p p WHERE p.typ = 'L' AND p.p % 23 = 13 AND pg_temp.sdc(p.reg_dt + 200 + p.p % 300) IS NOT NULL
)
SELECT row_number() OVER (ORDER BY calls.call_dt, calls.k, calls.job_id, calls.cust_id)::int AS hc_id,
       calls.*, cm.miles,
       pg_temp.hx('hst' || calls.k || '/' || calls.j || '/' || calls.cust_id) AS hq
FROM calls JOIN cm ON cm.cust_id = calls.cust_id;

INSERT INTO house_call (hc_id, cust_id, piece_id, job_id, staff_id, call_dt, purp_cd, sts, miles, fee_amt)
SELECT hc_id, cust_id, piece_id, job_id,
       CASE WHEN staff_id IS NULL THEN CASE WHEN hq % 3 = 0 THEN 2 ELSE 1 END
            WHEN staff_id = 5 AND call_dt > date '2025-06-27' THEN 1
            WHEN staff_id IN (3, 4, 6) THEN 1
            ELSE staff_id END,
       call_dt, purp_cd, sts, miles,
       CASE WHEN sts = 'X' THEN 0
            WHEN purp_cd IN ('CO', 'SU') THEN CASE WHEN miles <= 10 AND wk_cd = 'OH' THEN 0 ELSE 35 + round(miles * 0.9) END
            WHEN purp_cd = 'AS' THEN 40
            WHEN purp_cd = 'RG' THEN 0
            ELSE 95 + round(miles * 0.9) END
FROM (SELECT g_hc.*,
             CASE WHEN purp_cd IN ('CO', 'SU') THEN 'D'
                  WHEN hq < 70 THEN 'X' WHEN hq < 110 THEN 'N' ELSE 'D' END AS sts
      FROM g_hc) h
ORDER BY hc_id;

-- ---------------------------------------------------------------- payments

CREATE TEMP TABLE g_pm AS
WITH dep AS (
    SELECT j, job_id, resp_dt AS pd_dt, round(est_amt * 0.5 / 10) * 10 AS amt, true AS dep_yn, 1 AS k, trade
    FROM g_j
    WHERE est_resp = 'A' AND NOT quick AND est_amt >= 300 AND NOT trade
)
SELECT * FROM dep
UNION ALL
SELECT j.j, j.job_id,
       CASE WHEN j.trade THEN (date_trunc('month', j.coll_dt) + interval '2 month' - interval '1 day')::date ELSE j.coll_dt END,
       j.inv_amt - coalesce(d.amt, 0), false, 2, j.trade
FROM g_j j LEFT JOIN dep d ON d.job_id = j.job_id
WHERE j.est_resp = 'A' AND j.coll_dt IS NOT NULL AND j.inv_amt > 0
UNION ALL
SELECT j, job_id,
       CASE WHEN trade THEN (date_trunc('month', coll_dt) + interval '2 month' - interval '1 day')::date ELSE coll_dt END,
       exam_fee, false, 3, trade
FROM g_j WHERE est_resp = 'D' AND exam_fee > 0 AND coll_dt IS NOT NULL
UNION ALL
SELECT g.j, g.job_id, c.dec_dt,
       -(CASE WHEN c.hco % 2 = 0 THEN g.inv_amt ELSE round(g.inv_amt * 0.4, 2) END), false, 4, false
FROM g_cl2 c JOIN g_g g ON g.gtee_id = c.gtee_id
WHERE c.outcome = 'R';

INSERT INTO pmt (pmt_id, job_id, pd_dt, amt, mth, dep_yn)
SELECT row_number() OVER (ORDER BY pd_dt, job_id, k),
       job_id, pd_dt, amt,
       CASE WHEN trade OR k = 4 THEN 'BT'
            WHEN pg_temp.hx('pm' || k || '/' || j) < 560 THEN 'CD'
            WHEN pg_temp.hx('pm' || k || '/' || j) < 780 THEN 'CA'
            WHEN pg_temp.hx('pm' || k || '/' || j) < 870 AND pd_dt < date '2026-01-01' THEN 'CQ'
            ELSE 'BT' END,
       dep_yn
FROM g_pm
WHERE pd_dt <= date '2026-11-30';

-- ---------------------------------------------------------------- reminders about uncollected pieces

INSERT INTO uncoll_ntc (ntc_id, job_id, ntc_no, sent_dt, via)
SELECT row_number() OVER (ORDER BY sent_dt, job_id, ntc_no), job_id, ntc_no, sent_dt, via
FROM (
    SELECT j.job_id, n.ntc_no, pg_temp.sd(j.r_dt + n.after_dy) AS sent_dt,
           CASE n.ntc_no WHEN 1 THEN CASE WHEN c.email IS NOT NULL THEN 'E' ELSE 'P' END
                         WHEN 2 THEN 'L' ELSE 'R' END AS via,
           j.coll_dt
    FROM g_j j
    JOIN cust c ON c.cust_id = j.cust_id
    CROSS JOIN (VALUES (1, 30), (2, 90), (3, 180)) AS n(ntc_no, after_dy)
    WHERE j.uc IN ('L', 'S', 'U') AND j.r_dt IS NOT NULL
) x
WHERE sent_dt <= date '2026-11-30' AND (coll_dt IS NULL OR sent_dt < coll_dt);

-- ---------------------------------------------------------------- tidy up the generator

DROP TABLE g_pm, g_hc, g_cl2, g_cl, g_g, g_o, g_l0, g_j, g_j4, g_j3, g_j2, g_j1, g_c, g_p, g_p1, g_j0, g_town;
DROP FUNCTION pg_temp.sdc(date);
DROP FUNCTION pg_temp.sd(date);
DROP FUNCTION pg_temp.hx(text);
