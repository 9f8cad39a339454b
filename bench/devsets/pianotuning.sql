-- Made-up schema: a small piano tuning and restoration business (Twin Cities area): clients,
-- the pianos they own, tuners, tuning visits, restoration jobs and their stages, parts ordered,
-- the tuners' mileage log and invoices. Data are deterministic (generate_series and modulo
-- arithmetic, no random()); data cut-off is 2026-11-30 (visits after it are only scheduled).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS trip;
DROP TABLE IF EXISTS prt_ord;
DROP TABLE IF EXISTS rjob_stg;
DROP TABLE IF EXISTS rjob;
DROP TABLE IF EXISTS tvst;
DROP TABLE IF EXISTS pno;
DROP TABLE IF EXISTS tnr;
DROP TABLE IF EXISTS clnt;

-- ---------------------------------------------------------------- clnt (clients)
CREATE TABLE clnt (
    clnt_id    integer PRIMARY KEY,
    clnt_nm    text NOT NULL,
    clnt_typ   char(1) NOT NULL,
    city       text NOT NULL,
    phone      varchar(20),
    email      text,
    since_dt   date NOT NULL,
    tax_exmpt  boolean NOT NULL DEFAULT false,
    rmdr_ok    boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE clnt IS 'Clients: households and institutions whose pianos we look after';
COMMENT ON COLUMN clnt.clnt_nm IS 'households as "Last, First"; institutions by their name';
COMMENT ON COLUMN clnt.clnt_typ IS 'R = residential (private household), S = school / college, C = church, V = concert hall / performance venue, T = teaching studio';
COMMENT ON COLUMN clnt.email IS 'NULL = no email on file';
COMMENT ON COLUMN clnt.since_dt IS 'date of first contact';
COMMENT ON COLUMN clnt.tax_exmpt IS 'exempt from sales tax (schools and churches)';
COMMENT ON COLUMN clnt.rmdr_ok IS 'wants postcard reminders when a tuning is due';

INSERT INTO clnt (clnt_id, clnt_nm, clnt_typ, city, phone, email, since_dt, tax_exmpt, rmdr_ok)
WITH b AS (
    SELECT g,
           CASE WHEN g % 19 = 0 THEN 'S'
                WHEN g % 19 = 7 THEN 'C'
                WHEN g % 47 = 11 THEN 'V'
                WHEN g % 23 = 5 THEN 'T'
                ELSE 'R' END AS typ
    FROM generate_series(1, 300) AS g
), r AS (
    SELECT b.*, row_number() OVER (PARTITION BY typ ORDER BY g)::int AS k FROM b
)
SELECT g,
       CASE typ
            WHEN 'R' THEN (ARRAY['Nguyen','Olson','Johnson','Larson','Anderson','Peterson','Schmidt','Hanson','Kowalczyk','Lindqvist',
                                 'Martinez','Yang','Hoffmann','Erickson','Nelson','Vang','Okonkwo','Swanson','Dubois','Berg',
                                 'Carlson','Moreno','Lee'])[1 + (g * 7) % 23]
                          || ', ' ||
                          (ARRAY['Anna','Erik','Maria','James','Linnea','David','Grace','Thomas','Sofia','Michael',
                                 'Ingrid','Paul','Hannah','Samuel','Julia','Peter','Nora','Daniel','Elise','Chris'])[1 + g % 20]
            WHEN 'S' THEN (ARRAY['Lincoln Elementary','Roosevelt High School','Macalester College Music Dept','Edina High School',
                                 'St. Paul Academy','Washburn High School','Hamline University','Southwest Middle School',
                                 'Como Park Elementary','Augsburg University','Highland Park Middle School','Eagan High School',
                                 'Stillwater Area High School','Bloomington Kennedy HS','Roseville Area Schools','Minnehaha Academy'])[k]
            WHEN 'C' THEN (ARRAY['St. Mark''s Episcopal','First Lutheran Church','Hope Presbyterian','St. Olaf Catholic Church',
                                 'Westminster Presbyterian','Mount Olivet Lutheran','Grace Baptist Church','St. Joan of Arc',
                                 'House of Hope','Central Lutheran','Plymouth Congregational','St. Thomas More',
                                 'Bethlehem Covenant','Christ Church Lutheran','Unity Church','St. Paul''s UCC'])[k]
            WHEN 'V' THEN (ARRAY['Orchestra Hall','The Dakota','Ordway Center','Cedar Cultural Center','Crooners Supper Club',
                                 'Aster Cafe Stage','Parkway Theater','Hook and Ladder'])[k]
            ELSE (ARRAY['Allegro Piano Studio','Keys for Kids','Lakeside Music Lessons','Nordic Piano School','Crescendo Studio',
                        'Bloomington Music Academy','The Piano Loft','Harmony House Lessons','Eagan Suzuki Studio',
                        'Stillwater Keys','Minnetonka Music','Sharp & Natural Studio','Grand Avenue Lessons','Woodbury Piano'])[k]
       END,
       typ,
       (ARRAY['Minneapolis','St. Paul','Edina','Bloomington','Roseville','Eagan','Stillwater','Woodbury'])[1 + (g * 5) % 8],
       '612-555-' || lpad(((g * 389) % 10000)::text, 4, '0'),
       CASE WHEN g % 9 = 4 THEN NULL ELSE 'client' || g || '@example.com' END,
       date '2014-01-01' + (g * 31) % 4650,
       typ IN ('S', 'C'),
       g % 5 <> 2
FROM r;

-- ---------------------------------------------------------------- tnr (tuners / technicians)
CREATE TABLE tnr (
    tnr_id   smallint PRIMARY KEY,
    tnr_nm   text NOT NULL,
    lvl      smallint NOT NULL,
    rpt      boolean NOT NULL DEFAULT false,
    hire_dt  date NOT NULL,
    term_dt  date,
    hr_rate  numeric(6,2) NOT NULL
);
COMMENT ON TABLE tnr IS 'Tuners and technicians on staff, past and present';
COMMENT ON COLUMN tnr.lvl IS '1 = apprentice, 2 = tuner, 3 = master technician (leads restorations)';
COMMENT ON COLUMN tnr.rpt IS 'Registered Piano Technician (PTG certified)';
COMMENT ON COLUMN tnr.term_dt IS 'last day with the company; NULL = still working for us';
COMMENT ON COLUMN tnr.hr_rate IS 'hourly pay, USD';

INSERT INTO tnr (tnr_id, tnr_nm, lvl, rpt, hire_dt, term_dt, hr_rate) VALUES
    (1, 'Marta Kowalski', 3, true,  '2009-04-01', NULL,         58.00),
    (2, 'Dave Okafor',    3, true,  '2012-09-15', NULL,         55.00),
    (3, 'Lena Fischer',   2, true,  '2016-02-01', NULL,         42.50),
    (4, 'Tom Briggs',     2, false, '2018-06-04', '2025-06-30', 38.00),
    (5, 'Priya Raman',    2, true,  '2020-01-06', NULL,         41.00),
    (6, 'Sam Whitfield',  1, false, '2023-03-01', NULL,         26.00),
    (7, 'Jonas Ekberg',   2, false, '2025-08-01', NULL,         39.00),
    (8, 'Ana Ruiz',       1, false, '2026-10-15', NULL,         25.00);

-- ---------------------------------------------------------------- pno (pianos)
CREATE TABLE pno (
    pno_id     integer PRIMARY KEY,
    clnt_id    integer NOT NULL REFERENCES clnt (clnt_id),
    mk         text NOT NULL,
    mdl        varchar(12),
    ser_no     varchar(10),
    yr_mfd     smallint,
    pno_typ    char(1) NOT NULL,
    len_in     smallint,
    tun_intvl  smallint NOT NULL,
    actv       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE pno IS 'Pianos owned by our clients';
COMMENT ON COLUMN pno.mk IS 'make (manufacturer)';
COMMENT ON COLUMN pno.mdl IS 'model; NULL = unknown';
COMMENT ON COLUMN pno.yr_mfd IS 'year the piano was built (from the serial number); NULL = unknown';
COMMENT ON COLUMN pno.pno_typ IS 'G = grand, U = upright (studio or full size), C = console, S = spinet';
COMMENT ON COLUMN pno.len_in IS 'length of a grand in inches; NULL for vertical pianos';
COMMENT ON COLUMN pno.tun_intvl IS 'recommended months between tunings';
COMMENT ON COLUMN pno.actv IS 'false = sold or scrapped, no longer serviced';

INSERT INTO pno (pno_id, clnt_id, mk, mdl, ser_no, yr_mfd, pno_typ, len_in, tun_intvl, actv)
WITH base AS (
    SELECT clnt_id, clnt_typ, 0 AS n FROM clnt WHERE clnt_id % 31 <> 0          -- a few clients have no piano on file
    UNION ALL
    SELECT c.clnt_id, c.clnt_typ, n
    FROM clnt c CROSS JOIN generate_series(1, 4) AS n
    WHERE (c.clnt_typ = 'S' AND n <= 4) OR (c.clnt_typ = 'V' AND n <= 2)
       OR (c.clnt_typ = 'C' AND n <= 1) OR (c.clnt_typ = 'T' AND n <= 2)
    UNION ALL
    SELECT clnt_id, clnt_typ, 1 FROM clnt WHERE clnt_typ = 'R' AND clnt_id % 11 = 3  -- second piano at home
), n AS (
    SELECT base.*, row_number() OVER (ORDER BY clnt_id, n)::int AS p FROM base
), t AS (
    SELECT n.*,
           CASE WHEN clnt_typ = 'V' THEN 'G'
                WHEN clnt_typ IN ('S', 'T') THEN CASE WHEN n = 0 THEN 'G' ELSE 'U' END
                WHEN clnt_typ = 'C' THEN CASE WHEN n = 0 AND clnt_id % 2 = 0 THEN 'G' ELSE 'U' END
                ELSE (ARRAY['G','U','C','G','U','C','S'])[1 + p % 7] END AS typ
    FROM n
)
SELECT p, clnt_id,
       CASE WHEN typ = 'G' THEN (ARRAY['Steinway','Yamaha','Steinway','Kawai','Yamaha','Mason & Hamlin','Baldwin',
                                       'Steinway','Yamaha','Bösendorfer','Kawai','Chickering','Boston'])[1 + (p * 7) % 13]
            ELSE (ARRAY['Yamaha','Baldwin','Kawai','Kimball','Wurlitzer','Yamaha','Young Chang','Baldwin',
                        'Story & Clark','Kimball','Everett','Yamaha','Steinway','Baldwin','Kawai','Wurlitzer','Hamilton'])[1 + (p * 5) % 17] END,
       CASE WHEN p % 13 = 0 THEN NULL
            WHEN typ = 'G' THEN (ARRAY['M','L','B','C3','GB1','A','RX-2','D','O'])[1 + p % 9]
            WHEN typ = 'U' THEN (ARRAY['U1','K-300','243','P22','1052'])[1 + p % 5]
            ELSE (ARRAY['M450','Acrosonic','B-5','2200'])[1 + p % 4] END,
       lpad((100000 + (p * 7919) % 890000)::text, 7, '0'),
       CASE WHEN p % 23 = 0 THEN NULL ELSE 1898 + (p * 37) % 126 END,
       typ,
       CASE WHEN typ <> 'G' THEN NULL
            WHEN clnt_typ = 'V' THEN (ARRAY[108, 83])[1 + p % 2]
            ELSE (ARRAY[59, 61, 67, 70, 74, 83])[1 + p % 6] END,
       CASE WHEN clnt_typ = 'V' THEN 3
            WHEN clnt_typ IN ('S', 'C', 'T') THEN 6
            WHEN p % 3 = 0 THEN 6 ELSE 12 END,
       p % 19 <> 4
FROM t;

-- ---------------------------------------------------------------- tvst (tuning visits)
CREATE TABLE tvst (
    vst_id      integer PRIMARY KEY,
    pno_id      integer NOT NULL REFERENCES pno (pno_id),
    tnr_id      smallint NOT NULL REFERENCES tnr (tnr_id),
    vst_dt      date NOT NULL,
    arr_tm      time,
    dur_min     smallint,
    vst_stat    char(1) NOT NULL,
    pitch_rs    boolean NOT NULL DEFAULT false,
    cents_flat  smallint,
    fee         numeric(7,2),
    notes       text
);
COMMENT ON TABLE tvst IS 'Tuning visits (appointments), one row per piano per visit';
COMMENT ON COLUMN tvst.arr_tm IS 'appointment / arrival time; NULL = the appointment was cancelled';
COMMENT ON COLUMN tvst.dur_min IS 'minutes spent on site; NULL unless the tuning was done';
COMMENT ON COLUMN tvst.vst_stat IS 'S = scheduled (upcoming), D = done, X = cancelled by the client, N = no-show (nobody home / no access)';
COMMENT ON COLUMN tvst.pitch_rs IS 'a pitch raise (extra rough tuning pass) was needed';
COMMENT ON COLUMN tvst.cents_flat IS 'how far below A440 the piano was before tuning, in cents (negative = sharp); NULL = not measured';
COMMENT ON COLUMN tvst.fee IS 'amount charged for the visit, USD; NULL = nothing charged';

INSERT INTO tvst (vst_id, pno_id, tnr_id, vst_dt, arr_tm, dur_min, vst_stat, pitch_rs, cents_flat, fee, notes)
WITH sched AS (
    SELECT p.pno_id, p.pno_typ, c.clnt_typ, p.actv, k,
           (date '2024-01-08' + (p.pno_id * 13) % (p.tun_intvl * 30) + k * p.tun_intvl * interval '1 month')::date AS d0
    FROM pno p
    JOIN clnt c ON c.clnt_id = p.clnt_id
    CROSS JOIN generate_series(0, 12) AS k
    WHERE p.pno_id % 37 <> 0                                   -- a few pianos were never booked
      AND NOT (c.clnt_typ = 'R' AND p.pno_id % 5 = 1 AND k % 2 = 1)   -- irregular households skip tunings
), d AS (
    SELECT s.*,
           CASE extract(isodow FROM d0) WHEN 6 THEN d0 + 2 WHEN 7 THEN d0 + 1 ELSE d0 END AS vst_dt
    FROM sched s
    WHERE d0 <= date '2026-12-31' AND (actv OR d0 < date '2025-04-01')
), n AS (
    SELECT d.*, row_number() OVER (ORDER BY vst_dt, pno_id)::int AS v FROM d
), s AS (
    SELECT n.*,
           CASE WHEN vst_dt > date '2026-11-30' THEN 'S'
                WHEN (v * 7) % 17 = 0 THEN 'X'
                WHEN v % 29 = 0 THEN 'N'
                ELSE 'D' END AS stat,
           CASE WHEN vst_dt > date '2026-11-30' THEN ARRAY[1,2,3,5,6,7,8]
                WHEN vst_dt >= date '2025-08-01' THEN ARRAY[1,2,3,5,6,7]
                WHEN vst_dt >= date '2025-07-01' THEN ARRAY[1,2,3,5,6]
                ELSE ARRAY[1,2,3,4,5,6] END AS crew
    FROM n
), c AS (
    SELECT s.*,
           CASE WHEN stat <> 'D' OR v % 13 = 0 THEN NULL
                WHEN k = 0 THEN 8 + (v * 11) % 35
                ELSE (v * 11) % 31 - 3 END AS cents
    FROM s
), r AS (
    SELECT c.*, coalesce(cents >= 25, false) AS praise FROM c
)
SELECT v, pno_id,
       crew[1 + (pno_id + k * 3) % array_length(crew, 1)],
       vst_dt,
       CASE WHEN stat = 'X' THEN NULL ELSE time '08:00' + ((v * 7) % 36) * interval '15 minutes' END,
       CASE WHEN stat = 'D' THEN 60 + (v * 7) % 45 + CASE WHEN praise THEN 45 ELSE 0 END END,
       stat, praise, cents,
       CASE stat
            WHEN 'D' THEN CASE WHEN clnt_typ = 'V' THEN 240 WHEN pno_typ = 'G' THEN 195 ELSE 165 END
                          + CASE WHEN praise THEN 85 ELSE 0 END
            WHEN 'N' THEN 60
            WHEN 'X' THEN CASE WHEN v % 2 = 0 THEN 45 END
       END,
       CASE WHEN stat = 'D' AND v % 23 = 0 THEN (ARRAY['sticking key, eased','broken bass string replaced','loose tuning pins noted',
                                                       'pedal squeak fixed','hammers worn, quote for voicing'])[1 + v % 5] END
FROM r;

-- ---------------------------------------------------------------- rjob (restoration jobs)
CREATE TABLE rjob (
    job_id     integer PRIMARY KEY,
    pno_id     integer NOT NULL REFERENCES pno (pno_id),
    lead_tnr   smallint NOT NULL REFERENCES tnr (tnr_id),
    job_typ    char(2) NOT NULL,
    quote_amt  numeric(9,2) NOT NULL,
    opn_dt     date NOT NULL,
    due_dt     date,
    done_dt    date,
    shop_hrs   numeric(6,1) NOT NULL DEFAULT 0
);
COMMENT ON TABLE rjob IS 'Restoration / rebuilding jobs done in the shop';
COMMENT ON COLUMN rjob.lead_tnr IS 'technician in charge of the job';
COMMENT ON COLUMN rjob.job_typ IS 'RB = full rebuild, RS = restringing, RF = case refinishing, HM = new hammers, AR = action regulation, SB = soundboard repair';
COMMENT ON COLUMN rjob.quote_amt IS 'price quoted to the client, USD';
COMMENT ON COLUMN rjob.due_dt IS 'completion date promised to the client; NULL = no date promised';
COMMENT ON COLUMN rjob.done_dt IS 'piano delivered back to the client; NULL = not finished yet';
COMMENT ON COLUMN rjob.shop_hrs IS 'labour hours logged so far';

CREATE TABLE rjob_stg (
    job_id  integer NOT NULL REFERENCES rjob (job_id),
    stg     smallint NOT NULL,
    beg_dt  date NOT NULL,
    end_dt  date,
    PRIMARY KEY (job_id, stg)
);
COMMENT ON TABLE rjob_stg IS 'Stage history of each restoration job; stages are passed in order, one row per stage reached';
COMMENT ON COLUMN rjob_stg.stg IS '1 = assessment, 2 = quote accepted, 3 = teardown, 4 = bench work, 5 = reassembly and regulation, 6 = delivered';
COMMENT ON COLUMN rjob_stg.end_dt IS 'day the job moved on to the next stage; NULL = stage not left yet (always NULL for 6 = delivered)';

DROP TABLE IF EXISTS pg_temp.job_plan;
CREATE TEMP TABLE job_plan AS   -- scratch plan of stage durations (days), dropped below
SELECT g AS job_id,
       (SELECT pno_id FROM pno WHERE pno_typ IN ('G', 'U') AND actv ORDER BY pno_id OFFSET (g * 37) % 280 LIMIT 1) AS pno_id,
       (ARRAY['RB','RS','RF','HM','AR','SB'])[1 + g % 6] AS typ,
       date '2024-01-15' + g * 20 AS opn_dt,
       ARRAY[10 + g % 5,
             14 + g % 30,
             CASE (ARRAY['RB','RS','RF','HM','AR','SB'])[1 + g % 6] WHEN 'AR' THEN 2 ELSE 10 END,
             (ARRAY[200, 90, 100, 45, 12, 60])[1 + g % 6] + (g * 7) % 25,
             CASE WHEN g % 6 = 0 THEN 30 ELSE 14 END] AS durs
FROM generate_series(1, 52) AS g;

INSERT INTO rjob (job_id, pno_id, lead_tnr, job_typ, quote_amt, opn_dt, due_dt, done_dt, shop_hrs)
WITH j AS (
    SELECT jp.*,
           opn_dt + (SELECT sum(x) FROM unnest(durs) AS x)::int AS fin_dt,
           (ARRAY[260, 110, 90, 40, 14, 55])[1 + job_id % 6] AS full_hrs
    FROM job_plan jp
)
SELECT job_id, pno_id,
       CASE WHEN typ IN ('AR', 'HM') AND job_id % 2 = 0 THEN 3 ELSE 1 + job_id % 2 END,
       typ,
       (ARRAY[19500, 7200, 6100, 3100, 1150, 2900])[1 + job_id % 6] + (job_id * 137) % 900,
       opn_dt,
       CASE WHEN job_id % 7 = 3 THEN NULL ELSE opn_dt + (SELECT sum(x) FROM unnest(durs) AS x)::int + 14 - (job_id % 4) * 10 END,
       CASE WHEN fin_dt <= date '2026-11-30' THEN fin_dt END,
       CASE WHEN fin_dt <= date '2026-11-30' THEN full_hrs + (job_id * 3) % 20
            ELSE round(full_hrs * greatest(0, date '2026-11-30' - opn_dt) / (fin_dt - opn_dt)::numeric, 1) END
FROM j;

INSERT INTO rjob_stg (job_id, stg, beg_dt, end_dt)
WITH s AS (
    SELECT jp.job_id, st,
           jp.opn_dt + coalesce((SELECT sum(x) FROM unnest(jp.durs[1:st - 1]) AS x), 0)::int AS beg_dt
    FROM job_plan jp CROSS JOIN generate_series(1, 6) AS st
), l AS (
    SELECT s.*, lead(beg_dt) OVER (PARTITION BY job_id ORDER BY st) AS nxt FROM s
)
SELECT job_id, st, beg_dt, CASE WHEN st < 6 AND nxt <= date '2026-11-30' THEN nxt END
FROM l
WHERE beg_dt <= date '2026-11-30';

DROP TABLE job_plan;

-- ---------------------------------------------------------------- prt_ord (parts orders)
CREATE TABLE prt_ord (
    po_id      integer PRIMARY KEY,
    job_id     integer REFERENCES rjob (job_id),
    vndr       varchar(20) NOT NULL,
    prt_desc   text NOT NULL,
    qty        numeric(7,1) NOT NULL,
    uom        char(2) NOT NULL,
    unit_cost  numeric(8,2) NOT NULL,
    ord_dt     date NOT NULL,
    rcv_dt     date,
    bk_ord     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE prt_ord IS 'Parts and supplies ordered from suppliers';
COMMENT ON COLUMN prt_ord.job_id IS 'restoration job the parts are for; NULL = stock for the tuners'' kits';
COMMENT ON COLUMN prt_ord.qty IS 'quantity ordered, in the unit given by uom';
COMMENT ON COLUMN prt_ord.uom IS 'EA = each, ST = set, FT = feet (felt, cloth), LB = pounds (wire coils)';
COMMENT ON COLUMN prt_ord.unit_cost IS 'USD per unit of uom';
COMMENT ON COLUMN prt_ord.rcv_dt IS 'arrived at the shop; NULL = not received yet';
COMMENT ON COLUMN prt_ord.bk_ord IS 'supplier put the order on backorder';

INSERT INTO prt_ord (po_id, job_id, vndr, prt_desc, qty, uom, unit_cost, ord_dt, rcv_dt, bk_ord)
WITH cat (typ, i, vndr, prt_desc, qty, uom, unit_cost) AS (
    VALUES ('RB', 1, 'Renner USA',     'Hammer set, 88 notes',            1,   'ST', 1450.00),
           ('RB', 2, 'Mapes',          'Custom bass string set',          1,   'ST',  780.00),
           ('RB', 3, 'Pianotek',       'Music wire, assorted sizes',      6,   'LB',   38.50),
           ('RB', 4, 'Pianotek',       'Tuning pins 2/0, box of 250',     1,   'EA',  145.00),
           ('RB', 5, 'Schaff',         'Damper felt strip',              24,   'FT',    6.75),
           ('RB', 6, 'Renner USA',     'Wippen assembly set',             1,   'ST', 2250.00),
           ('RB', 7, 'Pianotek',       'Keytop set, acrylic',             1,   'ST',  210.00),
           ('RS', 1, 'Mapes',          'Custom bass string set',          1,   'ST',  780.00),
           ('RS', 2, 'Pianotek',       'Music wire, assorted sizes',      5,   'LB',   38.50),
           ('RS', 3, 'Pianotek',       'Tuning pins 2/0, box of 250',     1,   'EA',  145.00),
           ('RF', 1, 'Schaff',         'Lacquer, satin black (gallon)',   3,   'EA',  118.00),
           ('RF', 2, 'Schaff',         'Key slip cloth',                 12,   'FT',    9.20),
           ('HM', 1, 'Renner USA',     'Hammer set, 88 notes',            1,   'ST', 1450.00),
           ('HM', 2, 'Schaff',         'Hammer shank set',                1,   'ST',  320.00),
           ('SB', 1, 'Pianotek',       'Soundboard shim stock',          10,   'FT',   14.50),
           ('SB', 2, 'Schaff',         'Hide glue, 1 lb',                 2,   'LB',   22.00)
), jp AS (
    SELECT o.job_id, o.job_typ, o.opn_dt, c.i, c.vndr, c.prt_desc, c.uom, c.unit_cost,
           c.qty * CASE WHEN c.uom IN ('FT', 'LB') THEN 1 + o.job_id % 3 ELSE 1 END AS qty,
           o.opn_dt + 12 + c.i * 4 AS ord_dt
    FROM rjob o JOIN cat c ON c.typ = o.job_typ
), stock AS (
    SELECT NULL::integer AS job_id, NULL AS job_typ, NULL::date AS opn_dt, g AS i,
           (ARRAY['Pianotek','Schaff','Pianotek','Mapes','Schaff'])[1 + g % 5] AS vndr,
           (ARRAY['Rubber mutes, box of 12','Temperament strip felt','Music wire #14','Bridle straps, set of 88',
                  'Key easing pliers','Center pins, assorted'])[1 + g % 6] AS prt_desc,
           (ARRAY['EA','FT','LB','ST','EA','EA'])[1 + g % 6] AS uom,
           (ARRAY[28.00, 4.50, 38.50, 42.00, 64.00, 19.00])[1 + g % 6]::numeric(8,2) AS unit_cost,
           (1 + g % 4)::numeric AS qty,
           date '2024-01-10' + g * 14 AS ord_dt
    FROM generate_series(1, 70) AS g
), a AS (
    SELECT * FROM jp UNION ALL SELECT * FROM stock
), n AS (
    SELECT a.*, row_number() OVER (ORDER BY ord_dt, job_id NULLS FIRST, i)::int AS po FROM a
    WHERE ord_dt <= date '2026-11-30'
)
SELECT po, job_id, vndr, prt_desc, qty, uom, unit_cost, ord_dt,
       CASE WHEN po % 13 = 0 AND po % 2 = 0 THEN NULL                                   -- still on backorder
            WHEN po % 13 = 0 THEN CASE WHEN ord_dt + 45 <= date '2026-11-30' THEN ord_dt + 45 END
            WHEN ord_dt + 4 + (po * 3) % 15 > date '2026-11-30' THEN NULL
            ELSE ord_dt + 4 + (po * 3) % 15 END,
       po % 13 = 0
FROM n;

-- ---------------------------------------------------------------- trip (mileage log)
CREATE TABLE trip (
    trip_id   integer PRIMARY KEY,
    tnr_id    smallint NOT NULL REFERENCES tnr (tnr_id),
    trip_dt   date NOT NULL,
    vst_id    integer,
    mi        numeric(5,1) NOT NULL,
    reimb_dt  date
);
COMMENT ON TABLE trip IS 'Mileage log: car trips the tuners claim for';
COMMENT ON COLUMN trip.vst_id IS 'tuning visit the trip was for (tvst.vst_id, typed in by hand, no foreign key); NULL = not for a visit (parts pickup, supplier, shop run)';
COMMENT ON COLUMN trip.mi IS 'miles driven, round trip';
COMMENT ON COLUMN trip.reimb_dt IS 'date the mileage was paid back to the tuner; NULL = not reimbursed yet';

INSERT INTO trip (trip_id, tnr_id, trip_dt, vst_id, mi, reimb_dt)
WITH a AS (
    SELECT v.tnr_id, v.vst_dt AS trip_dt, v.vst_id,
           (4 + (v.pno_id * 17) % 55 + (v.vst_id % 10) / 10.0)::numeric(5,1) AS mi
    FROM tvst v
    WHERE v.vst_stat IN ('D', 'N')
    UNION ALL
    SELECT CASE WHEN d >= date '2025-08-01' THEN (ARRAY[1,2,3,5,6,7])[1 + g % 6]
                WHEN d >= date '2025-07-01' THEN (ARRAY[1,2,3,5,6])[1 + g % 5]
                ELSE (ARRAY[1,2,3,4,5,6])[1 + g % 6] END,
           d, NULL, (12 + (g * 7) % 30 + (g % 10) / 10.0)::numeric(5,1)
    FROM (SELECT g, date '2024-01-05' + g * 6 AS d FROM generate_series(1, 175) AS g) x
), n AS (
    SELECT a.*, row_number() OVER (ORDER BY trip_dt, tnr_id, vst_id NULLS LAST)::int AS t FROM a
)
SELECT t, tnr_id, trip_dt, vst_id, mi,
       CASE WHEN trip_dt >= date '2026-11-01' OR t % 37 = 0 THEN NULL
            ELSE (date_trunc('month', trip_dt) + interval '1 month 4 days')::date END
FROM n;

-- ---------------------------------------------------------------- inv (invoices)
CREATE TABLE inv (
    inv_id    integer PRIMARY KEY,
    clnt_id   integer NOT NULL REFERENCES clnt (clnt_id),
    inv_dt    date NOT NULL,
    src       char(1) NOT NULL,
    src_ref   integer,
    amt       numeric(9,2) NOT NULL,
    tax_amt   numeric(8,2) NOT NULL DEFAULT 0,
    due_dt    date NOT NULL,
    paid_dt   date,
    pay_mth   char(1)
);
COMMENT ON TABLE inv IS 'Invoices sent to clients';
COMMENT ON COLUMN inv.src IS 'what was billed: V = tuning visit, J = restoration job (deposit or final bill), M = other (appraisal, moving prep)';
COMMENT ON COLUMN inv.src_ref IS 'tvst.vst_id when src = V, rjob.job_id when src = J, NULL for M (no foreign key)';
COMMENT ON COLUMN inv.amt IS 'invoice total including sales tax, USD';
COMMENT ON COLUMN inv.tax_amt IS 'sales tax included in amt, USD; 0 for tax-exempt clients';
COMMENT ON COLUMN inv.paid_dt IS 'date payment was received; NULL = not paid yet';
COMMENT ON COLUMN inv.pay_mth IS 'K = check, C = card, A = bank transfer (ACH), $ = cash; NULL while unpaid';

INSERT INTO inv (inv_id, clnt_id, inv_dt, src, src_ref, amt, tax_amt, due_dt, paid_dt, pay_mth)
WITH a AS (
    SELECT p.clnt_id, v.vst_dt AS inv_dt, 'V' AS src, v.vst_id AS src_ref, v.fee AS net
    FROM tvst v JOIN pno p ON p.pno_id = v.pno_id
    WHERE v.fee IS NOT NULL AND v.vst_dt <= date '2026-11-30'
    UNION ALL
    SELECT p.clnt_id, s.beg_dt, 'J', j.job_id, round(j.quote_amt / 2, 2)         -- deposit when the quote is accepted
    FROM rjob j JOIN pno p ON p.pno_id = j.pno_id JOIN rjob_stg s ON s.job_id = j.job_id AND s.stg = 2
    UNION ALL
    SELECT p.clnt_id, j.done_dt, 'J', j.job_id, j.quote_amt - round(j.quote_amt / 2, 2)
    FROM rjob j JOIN pno p ON p.pno_id = j.pno_id
    WHERE j.done_dt IS NOT NULL
    UNION ALL
    SELECT 1 + (g * 41) % 300, date '2024-02-01' + g * 33, 'M', NULL, (ARRAY[125, 350, 95])[1 + g % 3]
    FROM generate_series(1, 30) AS g
), t AS (
    SELECT a.*, c.clnt_typ, c.tax_exmpt,
           CASE WHEN c.tax_exmpt THEN 0 ELSE round(net * 0.07875, 2) END AS tax,
           row_number() OVER (ORDER BY inv_dt, src, src_ref NULLS LAST, a.clnt_id)::int AS i
    FROM a JOIN clnt c ON c.clnt_id = a.clnt_id
), p AS (
    SELECT t.*,
           inv_dt + CASE WHEN clnt_typ = 'R' THEN 14 ELSE 30 END AS due,
           CASE WHEN i % 23 = 0 THEN NULL
                WHEN clnt_typ = 'R' AND src = 'V' AND i % 3 = 0 THEN inv_dt
                WHEN clnt_typ = 'R' THEN inv_dt + (i * 7) % 40
                ELSE inv_dt + (i * 11) % 55 END AS pd
    FROM t
)
SELECT i, clnt_id, inv_dt, src, src_ref, net + tax, tax, due,
       CASE WHEN pd <= date '2026-11-30' THEN pd END,
       CASE WHEN pd IS NULL OR pd > date '2026-11-30' THEN NULL
            WHEN clnt_typ <> 'R' THEN (ARRAY['K','A','K'])[1 + i % 3]
            WHEN pd = inv_dt THEN (ARRAY['C','K','$'])[1 + i % 3]
            ELSE (ARRAY['K','C','A','K','C'])[1 + i % 5] END
FROM p;
