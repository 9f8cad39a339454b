-- Made-up schema: Stroud & Daughters, Master Thatchers, a family thatching firm working out of a yard
-- at Piddletrenthide in Dorset (owner Tom Stroud, daughters Hannah and Ellie, a couple of thatchers,
-- apprentices and a yard hand). They re-thatch, re-ridge and patch thatched cottages, barns and porches
-- across Dorset, south Somerset, south-west Wiltshire and east Devon. Money is GBP, ex VAT.
--
-- How they work:
--   * An owner rings up; a master thatcher goes out and surveys the property (srvy). Surveys are free
--     for existing customers (everyone keyed in from the old card index in January 2024, cust_id 1-80),
--     for letting firms, estates and churches, and for any second or later visit; otherwise £75, £90
--     from 1 April 2025.
--   * After a survey they send a quote per roof (quote): full re-thatch, a spar coat over the old base,
--     a new ridge, a patch repair, or occasionally a brand-new thatched roof. Repairs on roofs they did
--     themselves in the last ten years are quoted at £0 under their guarantee.
--   * Accepted quotes become jobs (job), booked into a season: spring, summer, autumn or winter.
--     Full re-thatches are never booked for winter (ridges and patches only then). Winter 2025 means
--     December 2025 to February 2026. Each job has a lead thatcher and a crew (job_crew).
--   * Rain, wind, frost and the odd snow hold jobs up; every lost stretch is logged (wx_delay).
--   * Listed cottages need listed-building consent from the council for re-thatching; the firm applies
--     on the owner's behalf (lbc).
--   * When a job is finished they send a certificate of works to the owner's home insurer (ins_cert);
--     thatch insurers want to know about fire-retardant barriers and wire netting. A certificate with a
--     mistake is voided and a new one issued.
--   * Water reed comes in bundles from Norfolk and abroad; combed wheat reed and long straw from
--     local growers (reed_purch, grower).
-- Codes you will meet everywhere: materials WR = water reed, LS = long straw, CW = combed wheat reed;
-- seasons SP / SU / AU / WI. Other short codes (status, work type, weather, outcome) are explained in
-- the column comments.
-- Data: January 2024 to 30 November 2026 (data cut-off). Deterministic (generate_series and modulo
-- arithmetic, no random()). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS wx_delay;
DROP TABLE IF EXISTS ins_cert;
DROP TABLE IF EXISTS lbc;
DROP TABLE IF EXISTS job_crew;
DROP TABLE IF EXISTS job;
DROP TABLE IF EXISTS quote;
DROP TABLE IF EXISTS srvy;
DROP TABLE IF EXISTS roof;
DROP TABLE IF EXISTS property;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS reed_purch;
DROP TABLE IF EXISTS grower;

-- ---------------------------------------------------------------- cust (cottage owners)
CREATE TABLE cust (
    cust_id   integer PRIMARY KEY,
    cust_nm   text NOT NULL,
    cust_typ  char(1) NOT NULL,
    tel       varchar(16),
    email     text,
    photo_ok  boolean NOT NULL DEFAULT false,
    crt_dt    date NOT NULL
);
COMMENT ON TABLE cust IS 'Owners of thatched properties (customers and enquirers)';
COMMENT ON COLUMN cust.cust_typ IS 'P = private owner, L = holiday-let / letting company, E = estate or trust, C = church / chapel';
COMMENT ON COLUMN cust.tel IS 'phone number; NULL = none on file';
COMMENT ON COLUMN cust.email IS 'NULL = owner does not use email (we post things)';
COMMENT ON COLUMN cust.photo_ok IS 'true = owner lets us put photos of their roof on the website and Facebook';
COMMENT ON COLUMN cust.crt_dt IS 'date the record was keyed in; card-index customers were all keyed in 8-19 Jan 2024';

INSERT INTO cust (cust_id, cust_nm, cust_typ, tel, email, photo_ok, crt_dt)
SELECT c, nm, typ,
       CASE WHEN c % 37 = 0 THEN NULL
            WHEN c % 3 = 0 THEN '07' || lpad(((c::bigint * 7345123) % 1000000000)::text, 9, '0')
            ELSE (ARRAY['01300 ','01305 ','01935 ','01258 '])[1 + c % 4] || lpad(((c * 3571) % 1000000)::text, 6, '0') END,
       CASE WHEN typ <> 'P' THEN 'office@' || lower(regexp_replace(nm, '[^A-Za-z]', '', 'g')) || '.co.uk'
            WHEN c % 5 = 2 OR c % 7 = 0 THEN NULL
            ELSE lower(sn) || (c % 50)::text || '@'
                 || (ARRAY['btinternet.com','gmail.com','hotmail.co.uk','outlook.com','talktalk.net'])[1 + c % 5] END,
       c % 3 = 1,
       CASE WHEN c <= 80 THEN date '2024-01-08' + (c % 12) ELSE date '2024-01-22' + ((c - 80) * 1030) / 200 END
FROM (
    SELECT c, typ, sn,
           CASE typ
               WHEN 'C' THEN CASE c WHEN 97 THEN 'PCC of St Mary, Cerne Abbas' ELSE 'Tolpuddle Chapel Trustees' END
               WHEN 'E' THEN (ARRAY['Minterne Estate','Ilchester Estates','Bingham Trust','Cranborne Estate',
                                    'Wolfeton Estate','Frampton Court Estate','Melbury Estate Office',
                                    'Sydling Court Estate','Stinsford Estate','Pulham Manor Estate'])[1 + (c - 5) / 29]
               WHEN 'L' THEN (ARRAY['Dorset Hideaways Ltd','Wessex Cottage Lets','Hardy Country Holidays','Vale Escapes LLP',
                                    'Jurassic Coast Cottages','Thatch & Hearth Stays Ltd','Blackmore Vale Lettings',
                                    'Coker Holiday Cottages','Chalk Stream Breaks','Old Dorset Lets','Country Keys Ltd',
                                    'Cob & Thatch Holidays','Purbeck Retreats','Hidden Somerset Ltd','Stourton Lets',
                                    'Wyvern Holiday Homes'])[c / 17]
               ELSE (ARRAY['Mr','Mrs','Ms','Dr','Mr & Mrs','Miss','Mr & Mrs','Mrs'])[1 + c % 8] || ' '
                    || (ARRAY['J','M','A','R','S','P','D','C','E','H','K','G','L','N','B','T'])[1 + (c * 7) % 16] || '. ' || sn
           END AS nm
    FROM (
        SELECT c,
               CASE WHEN c IN (97, 211) THEN 'C' WHEN c % 29 = 5 THEN 'E' WHEN c % 17 = 0 THEN 'L' ELSE 'P' END AS typ,
               (ARRAY['Harwood','Fudge','Symonds','Legg','Bartlett','Cox','Hallett','Damen','Loveless','Chaffey',
                      'Guppy','Mullins','Pitman','Ricketts','Samways','Toop','Vacher','Whittle','Yeatman','Bugler',
                      'Coombs','Dunford','Elford','Frampton','Gillard','Hoskins','Keats','Lock','Northover','Pouncy'])[1 + (c * 11) % 30] AS sn
        FROM generate_series(1, 280) AS c
    ) t
) u;

-- ---------------------------------------------------------------- property (one row per thatched property)
CREATE TABLE property (
    prop_id     integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES cust (cust_id),
    prop_nm     text NOT NULL,
    village     text NOT NULL,
    county      text NOT NULL,
    postcode    varchar(8) NOT NULL,
    listed_gr   varchar(3),
    consv_area  boolean NOT NULL,
    built_c     smallint
);
COMMENT ON TABLE property IS 'Thatched properties we have been asked to look at; a property belongs to its current owner';
COMMENT ON COLUMN property.listed_gr IS 'listing grade: I, II* or II; NULL = not a listed building';
COMMENT ON COLUMN property.consv_area IS 'true = inside a conservation area';
COMMENT ON COLUMN property.built_c IS 'century the building went up, as the number of the century: 17 = the 1600s, 18 = the 1700s; NULL = unknown';

INSERT INTO property (prop_id, cust_id, prop_nm, village, county, postcode, listed_gr, consv_area, built_c)
WITH le AS (
    SELECT cust_id, row_number() OVER (ORDER BY cust_id) - 1 AS k
    FROM cust WHERE cust_typ IN ('L', 'E') AND cust_id <= 265
), v (i, village, county, pc) AS (
    VALUES (1, 'Cerne Abbas', 'Dorset', 'DT2'), (2, 'Piddletrenthide', 'Dorset', 'DT2'),
           (3, 'Sydling St Nicholas', 'Dorset', 'DT2'), (4, 'Milton Abbas', 'Dorset', 'DT11'),
           (5, 'Tolpuddle', 'Dorset', 'DT2'), (6, 'Okeford Fitzpaine', 'Dorset', 'DT11'),
           (7, 'Abbotsbury', 'Dorset', 'DT3'), (8, 'Corfe Castle', 'Dorset', 'BH20'),
           (9, 'Sixpenny Handley', 'Dorset', 'SP5'), (10, 'Buckland Newton', 'Dorset', 'DT2'),
           (11, 'Evershot', 'Dorset', 'DT2'), (12, 'Burton Bradstock', 'Dorset', 'DT6'),
           (13, 'Broadwindsor', 'Dorset', 'DT8'), (14, 'East Coker', 'Somerset', 'BA22'),
           (15, 'Montacute', 'Somerset', 'TA15'), (16, 'Compton Dundon', 'Somerset', 'TA11'),
           (17, 'Mere', 'Wiltshire', 'BA12'), (18, 'Tisbury', 'Wiltshire', 'SP3'),
           (19, 'Branscombe', 'Devon', 'EX12'), (20, 'Otterton', 'Devon', 'EX9')
), p AS (
    SELECT p, CASE WHEN p % 4 = 0 THEN 1 + (p / 4) % 5 ELSE 1 + (p * 7) % 20 END AS vi
    FROM generate_series(1, 310) AS p
)
SELECT p.p,
       CASE WHEN p.p <= 265 THEN p.p
            ELSE (SELECT le.cust_id FROM le WHERE le.k = (p.p - 266) % (SELECT count(*) FROM le)) END,
       CASE WHEN p.p % 11 = 0
            THEN (1 + p.p % 14)::text || ' ' || (ARRAY['Duck Street','Mill Lane','Back Lane','Church Street','The Square','Long Street'])[1 + p.p % 6]
            ELSE (ARRAY['Rose Cottage','The Old Forge','Thatch End','Church Cottage','Mill House','Yew Tree Cottage',
                        'The Old Bakery','Pound Cottage','Well Cottage','Orchard Cottage','Brook Cottage',
                        'The Old School House','Honeysuckle Cottage','Stable Cottage','Manor Farmhouse','Lower Farm',
                        'Keepers Cottage','Ivy Cottage','The Old Post Office','Wheelwrights','Chapel Cottage',
                        'Little Thatch','Hollow Way','Tithe Barn Cottage'])[1 + (p.p * 5) % 24] END,
       v.village, v.county,
       v.pc || ' ' || (1 + p.p % 9)::text || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + p.p % 20, 1)
            || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (p.p * 3) % 20, 1),
       CASE WHEN p.p IN (131, 288) THEN 'I' WHEN p.p % 23 = 7 THEN 'II*'
            WHEN p.p % 5 <> 3 AND p.p % 7 <> 2 THEN 'II' ELSE NULL END,
       p.p % 3 <> 1,
       CASE WHEN p.p % 31 = 0 THEN NULL WHEN p.p % 10 < 1 THEN 16 WHEN p.p % 10 < 5 THEN 17
            WHEN p.p % 10 < 8 THEN 18 ELSE 19 END
FROM p JOIN v ON v.i = p.vi;

-- ---------------------------------------------------------------- roof (each thatched roof of a property)
CREATE TABLE roof (
    roof_id         integer PRIMARY KEY,
    prop_id         integer NOT NULL REFERENCES property (prop_id),
    roof_part       char(1) NOT NULL,
    matl            char(2) NOT NULL,
    area_m2         numeric(6,1) NOT NULL,
    pitch_deg       smallint NOT NULL,
    last_thatch_yr  smallint,
    ridge_typ       char(1) NOT NULL
);
COMMENT ON TABLE roof IS 'Thatched roofs; a property has its main roof and sometimes an outbuilding or a porch';
COMMENT ON COLUMN roof.roof_part IS 'M = main house, O = outbuilding / barn / garden room, P = porch, bay or wall capping';
COMMENT ON COLUMN roof.matl IS 'thatching material: WR = water reed, LS = long straw, CW = combed wheat reed';
COMMENT ON COLUMN roof.area_m2 IS 'roof area in square metres (both slopes)';
COMMENT ON COLUMN roof.last_thatch_yr IS 'year the roof was last fully thatched, as far as we know; NULL = not known, or not thatched yet (tiled or tin roof waiting to be thatched)';
COMMENT ON COLUMN roof.ridge_typ IS 'B = block ridge (raised, cut pattern), F = flush ridge';

INSERT INTO roof (roof_id, prop_id, roof_part, matl, area_m2, pitch_deg, last_thatch_yr, ridge_typ)
WITH m AS (
    SELECT p, CASE WHEN p % 10 < 5 THEN 'WR' WHEN p % 10 < 8 THEN 'CW' ELSE 'LS' END AS mm
    FROM generate_series(1, 310) AS p
), x AS (
    SELECT p AS prop_id, 1 AS ord, 'M' AS part, mm AS matl,
           (85 + (p * 37) % 160 + (p % 4) * 0.5) AS area, 45 + (p * 3) % 11 AS pitch,
           CASE WHEN p % 19 = 0 THEN NULL ELSE 1978 + (p * 13) % 44 END AS lty,
           CASE WHEN p % 3 <> 0 THEN 'B' ELSE 'F' END AS ridge
    FROM m
    UNION ALL
    SELECT p, 2, 'O', CASE WHEN (p * 3) % 5 = 0 THEN 'LS' ELSE mm END,
           20 + (p * 13) % 55, 50 + p % 8,
           CASE WHEN p % 6 = 5 THEN NULL ELSE 1970 + (p * 7) % 50 END,
           CASE WHEN p % 2 = 0 THEN 'B' ELSE 'F' END
    FROM m WHERE p % 4 = 1
    UNION ALL
    SELECT p, 3, 'P', mm, 3 + p % 8 + 0.5, 50, NULL, 'F'
    FROM m WHERE p % 9 = 4
)
SELECT row_number() OVER (ORDER BY ord, prop_id), prop_id, part, matl, area, pitch, lty, ridge
FROM x;

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    staff_id  smallint PRIMARY KEY,
    staff_nm  text NOT NULL,
    grade     char(1) NOT NULL,
    start_dt  date NOT NULL,
    left_dt   date,
    day_rt    numeric(6,2) NOT NULL
);
COMMENT ON TABLE staff IS 'Thatchers and yard staff';
COMMENT ON COLUMN staff.grade IS 'M = master thatcher, T = thatcher, A = apprentice, L = labourer / yard hand';
COMMENT ON COLUMN staff.left_dt IS 'last working day; NULL = still with us';
COMMENT ON COLUMN staff.day_rt IS 'day rate paid, GBP';

INSERT INTO staff (staff_id, staff_nm, grade, start_dt, left_dt, day_rt) VALUES
    (1,  'Tom Stroud',      'M', date '1991-04-02', NULL,              260.00),
    (2,  'Hannah Stroud',   'M', date '2009-09-01', NULL,              240.00),
    (3,  'Will Pardoe',     'T', date '2014-03-03', NULL,              200.00),
    (4,  'Ellie Stroud',    'T', date '2017-06-05', NULL,              195.00),
    (5,  'Kit Mabey',       'A', date '2022-09-05', NULL,              110.00),
    (6,  'Josh Tizard',     'A', date '2024-09-02', date '2025-07-25',  95.00),
    (7,  'Sam Gillingham',  'L', date '2023-04-03', NULL,              120.00),
    (8,  'Rory Dibben',     'T', date '2025-02-03', NULL,              190.00),
    (9,  'Dave Cull',       'L', date '2019-05-01', date '2024-03-29', 115.00),
    (10, 'Nell Pike',       'A', date '2026-09-07', NULL,              100.00);

-- ---------------------------------------------------------------- srvy (surveys)
CREATE TABLE srvy (
    srvy_id   integer PRIMARY KEY,
    prop_id   integer NOT NULL REFERENCES property (prop_id),
    staff_id  smallint NOT NULL REFERENCES staff (staff_id),
    srvy_dt   date NOT NULL,
    cond      smallint NOT NULL,
    depth_mm  smallint,
    fee_amt   numeric(8,2) NOT NULL
);
COMMENT ON TABLE srvy IS 'Site surveys of a property (all its roofs are looked at on the visit)';
COMMENT ON COLUMN srvy.staff_id IS 'who did the survey';
COMMENT ON COLUMN srvy.cond IS 'condition of the main roof: 1 = sound, 2 = minor repairs, 3 = ridge worn, 4 = coat thin, 5 = failing';
COMMENT ON COLUMN srvy.depth_mm IS 'depth of good thatch left over the fixings, mm; NULL = not measured';
COMMENT ON COLUMN srvy.fee_amt IS 'survey fee charged; 0 = free survey';

INSERT INTO srvy (srvy_id, prop_id, staff_id, srvy_dt, cond, depth_mm, fee_amt)
WITH pr AS (
    SELECT p.prop_id, p.cust_id, c.cust_typ, c.crt_dt, r.last_thatch_yr AS lty, r.matl
    FROM property p JOIN cust c ON c.cust_id = p.cust_id
    JOIN roof r ON r.prop_id = p.prop_id AND r.roof_part = 'M'
), fst AS (
    SELECT pr.*, 0 AS rep, pr.prop_id AS k,
           CASE WHEN prop_id <= 265 THEN crt_dt + 3 + (prop_id * 11) % 35
                ELSE greatest(crt_dt + 5, date '2024-02-20' + (prop_id - 266) * 21 + prop_id % 5) END AS d
    FROM pr WHERE prop_id <= 300
), rp AS (
    SELECT f.prop_id, f.cust_id, f.cust_typ, f.crt_dt, f.lty, f.matl, 1 AS rep, 1000 + r AS k,
           f.d + 150 + (r * 37) % 500 AS d
    FROM generate_series(1, 260) AS r JOIN fst f ON f.prop_id = 1 + (r * 53) % 300
    UNION ALL
    SELECT f.prop_id, f.cust_id, f.cust_typ, f.crt_dt, f.lty, f.matl, 2, 2000 + r,
           f.d + 60 + (r * 17) % 400
    FROM generate_series(261, 300) AS r JOIN fst f ON f.prop_id = 266 + (r * 3) % 35
), al AS (
    SELECT *, d + CASE WHEN extract(dow FROM d) = 0 THEN 1 ELSE 0 END AS sd FROM fst
    UNION ALL
    SELECT *, d + CASE WHEN extract(dow FROM d) = 0 THEN 1 ELSE 0 END FROM rp
), c AS (
    SELECT al.*,
           least(5, greatest(1, (4 * (extract(year FROM sd)::int - coalesce(lty, 1985)))
                                / CASE matl WHEN 'WR' THEN 50 WHEN 'CW' THEN 35 ELSE 25 END + (k * 7) % 3)) AS cond
    FROM al WHERE sd <= date '2026-11-28'
)
SELECT row_number() OVER (ORDER BY sd, k), prop_id,
       CASE WHEN k % 10 < 5 THEN 1 WHEN k % 10 < 9 OR sd < date '2025-01-01' THEN 2 ELSE 4 END,
       sd, cond,
       CASE WHEN k % 8 = 3 THEN NULL ELSE 330 - cond * 50 + (k % 7) * 5 END,
       CASE WHEN rep > 0 OR cust_typ <> 'P' OR cust_id <= 80 THEN 0
            WHEN sd < date '2025-04-01' THEN 75 ELSE 90 END
FROM c;

-- ---------------------------------------------------------------- quote (one per roof per survey)
CREATE TABLE quote (
    quote_id   integer PRIMARY KEY,
    srvy_id    integer NOT NULL REFERENCES srvy (srvy_id),
    roof_id    integer NOT NULL REFERENCES roof (roof_id),
    work_cd    char(2) NOT NULL,
    quote_amt  numeric(10,2) NOT NULL,
    quote_dt   date NOT NULL,
    status_cd  char(1) NOT NULL,
    resp_dt    date,
    decl_rsn   text
);
COMMENT ON TABLE quote IS 'Quotes sent after a survey, one per roof; prices ex VAT';
COMMENT ON COLUMN quote.work_cd IS 'RT = full re-thatch, SC = spar coat (new coat over the old base), RR = re-ridge, RP = patch repair, NW = new thatched roof';
COMMENT ON COLUMN quote.quote_amt IS 'quoted price, GBP ex VAT; 0 = repair done free under our 10-year guarantee';
COMMENT ON COLUMN quote.status_cd IS 'P = waiting to hear, A = accepted, D = declined, L = lapsed (no answer in 90 days), W = withdrawn by us';
COMMENT ON COLUMN quote.resp_dt IS 'date the owner said yes or no; NULL = no answer';
COMMENT ON COLUMN quote.decl_rsn IS 'reason given when declined, if any';

INSERT INTO quote (quote_id, srvy_id, roof_id, work_cd, quote_amt, quote_dt, status_cd, resp_dt, decl_rsn)
WITH cand AS (
    SELECT s.srvy_id, s.srvy_dt, 1 AS o, r.roof_id, r.matl, r.area_m2, r.last_thatch_yr,
           CASE s.cond WHEN 5 THEN 'RT' WHEN 4 THEN CASE WHEN s.srvy_id % 3 = 0 THEN 'SC' ELSE 'RT' END
                       WHEN 3 THEN 'RR' ELSE 'RP' END AS work_cd
    FROM srvy s JOIN roof r ON r.prop_id = s.prop_id AND r.roof_part = 'M'
    WHERE s.cond >= 2
    UNION ALL
    SELECT s.srvy_id, s.srvy_dt, 2, r.roof_id, r.matl, r.area_m2, r.last_thatch_yr,
           CASE WHEN r.last_thatch_yr IS NULL THEN 'NW' ELSE (ARRAY['RP','RR','RT'])[1 + s.srvy_id % 3] END
    FROM srvy s JOIN roof r ON r.prop_id = s.prop_id AND r.roof_part = 'O'
    WHERE s.srvy_id % 3 = 0 AND (r.last_thatch_yr IS NOT NULL OR s.srvy_id % 2 = 0)
    UNION ALL
    SELECT s.srvy_id, s.srvy_dt, 3, r.roof_id, r.matl, r.area_m2, r.last_thatch_yr, 'RP'
    FROM srvy s JOIN roof r ON r.prop_id = s.prop_id AND r.roof_part = 'P'
    WHERE s.srvy_id % 4 = 1
), d AS (
    SELECT cand.*, srvy_dt + 2 + (srvy_id * 5 + o) % 17 AS qd FROM cand
), n AS (
    SELECT d.*, row_number() OVER (ORDER BY qd, srvy_id, o)::int AS qid,
           CASE matl WHEN 'WR' THEN 88 WHEN 'LS' THEN 92 ELSE 96 END * (1 + 0.045 * (extract(year FROM qd) - 2024)) AS rate
    FROM d WHERE qd <= date '2026-11-30'
), s AS (
    SELECT n.*,
           CASE work_cd WHEN 'RT' THEN area_m2 * rate WHEN 'NW' THEN area_m2 * rate * 1.25
                        WHEN 'SC' THEN area_m2 * rate * 0.55 WHEN 'RR' THEN 1800 + area_m2 * 14
                        ELSE CASE WHEN last_thatch_yr >= 2016 AND qid % 4 = 0 THEN 0 ELSE 280 + (qid * 97) % 1600 END
           END AS amt,
           (qid * 31 + srvy_id * 7) % 20 AS h
    FROM n
), t AS (
    SELECT s.*,
           CASE WHEN qd > date '2026-08-31' THEN CASE WHEN h < 6 THEN 'A' WHEN h < 8 THEN 'D' ELSE 'P' END
                WHEN qid % 47 = 0 THEN 'W'
                WHEN h < CASE work_cd WHEN 'RP' THEN 14 ELSE 11 END THEN 'A'
                WHEN h < 15 THEN 'D'
                WHEN qd >= date '2026-06-01' THEN 'P'
                ELSE 'L' END AS st
    FROM s
)
SELECT qid, srvy_id, roof_id, work_cd, round(amt / 10) * 10, qd, st,
       CASE WHEN st IN ('A', 'D') THEN least(qd + 2 + (qid * 7) % 40, date '2026-11-30') END,
       CASE WHEN st = 'D' THEN (ARRAY['too dear','going with another thatcher','selling up','waiting till next year',NULL])[1 + qid % 5] END
FROM t;

-- ---------------------------------------------------------------- job (accepted work, booked into a season)
CREATE TABLE job (
    job_id        integer PRIMARY KEY,
    quote_id      integer NOT NULL UNIQUE REFERENCES quote (quote_id),
    season_cd     char(2) NOT NULL,
    season_yr     smallint NOT NULL,
    lead_id       smallint NOT NULL REFERENCES staff (staff_id),
    book_dt       date NOT NULL,
    scaff_yn      char(1) NOT NULL,
    start_dt      date,
    done_dt       date,
    cancelled_dt  date,
    inv_amt       numeric(10,2),
    paid_dt       date
);
COMMENT ON TABLE job IS 'Jobs: an accepted quote booked into a season';
COMMENT ON COLUMN job.season_cd IS 'season booked: SP = spring (Mar-May), SU = summer (Jun-Aug), AU = autumn (Sep-Nov), WI = winter (Dec-Feb)';
COMMENT ON COLUMN job.season_yr IS 'year of the season; a winter belongs to the year its December falls in (WI 2025 = Dec 2025 to Feb 2026)';
COMMENT ON COLUMN job.lead_id IS 'lead thatcher on the job';
COMMENT ON COLUMN job.scaff_yn IS 'Y = scaffolding hired for the job, N = worked off ladders';
COMMENT ON COLUMN job.start_dt IS 'first day on the roof; NULL = not started';
COMMENT ON COLUMN job.done_dt IS 'day the job was finished and signed off; NULL = not finished';
COMMENT ON COLUMN job.cancelled_dt IS 'NULL = not cancelled';
COMMENT ON COLUMN job.inv_amt IS 'final invoice, GBP ex VAT (can differ from the quote: extras, discounts); NULL = not invoiced yet';
COMMENT ON COLUMN job.paid_dt IS 'date the invoice was paid in full; NULL = not paid (or nothing to pay)';

INSERT INTO job (job_id, quote_id, season_cd, season_yr, lead_id, book_dt, scaff_yn, start_dt, done_dt, cancelled_dt, inv_amt, paid_dt)
WITH a AS (
    SELECT q.quote_id, q.work_cd, q.quote_amt, q.resp_dt, r.area_m2,
           row_number() OVER (ORDER BY q.resp_dt, q.quote_id)::int AS jid
    FROM quote q JOIN roof r ON r.roof_id = q.roof_id
    WHERE q.status_cd = 'A'
), b AS (
    SELECT a.*, least(resp_dt + 1 + quote_id % 6, date '2026-11-30') AS bk,
           CASE work_cd WHEN 'RT' THEN 90 + (quote_id * 41) % 200 WHEN 'NW' THEN 90 + (quote_id * 41) % 200
                        WHEN 'SC' THEN 60 + (quote_id * 29) % 150 WHEN 'RR' THEN 20 + (quote_id * 17) % 120
                        ELSE 5 + (quote_id * 13) % 50 END AS lead,
           (CASE work_cd WHEN 'RT' THEN ceil(area_m2 / 6) WHEN 'NW' THEN ceil(area_m2 / 5)
                         WHEN 'SC' THEN ceil(area_m2 / 10) WHEN 'RR' THEN 4 + floor(area_m2 / 40)
                         ELSE 1 + quote_id % 3 END)::int AS base
    FROM a
), c AS (
    SELECT b.*,
           CASE WHEN work_cd IN ('RT', 'NW', 'SC') AND extract(month FROM bk + lead) IN (12, 1, 2)
                THEN make_date(extract(year FROM bk + lead)::int + CASE WHEN extract(month FROM bk + lead) = 12 THEN 1 ELSE 0 END, 3, 1) + quote_id % 20
                ELSE bk + lead END AS pl
    FROM b
), e AS (
    SELECT c.*,
           CASE WHEN extract(month FROM pl) IN (3, 4, 5) THEN 'SP' WHEN extract(month FROM pl) IN (6, 7, 8) THEN 'SU'
                WHEN extract(month FROM pl) IN (9, 10, 11) THEN 'AU' ELSE 'WI' END AS ssn,
           extract(year FROM pl)::int - CASE WHEN extract(month FROM pl) IN (1, 2) THEN 1 ELSE 0 END AS syr,
           CASE WHEN jid % 12 = 7 AND bk + lead / 2 <= date '2026-11-30' THEN bk + lead / 2 END AS canc,
           pl + (jid * 3) % 10 AS st0
    FROM c
), f AS (
    SELECT e.*,
           CASE work_cd WHEN 'RT' THEN (jid * 7) % 4 + CASE ssn WHEN 'AU' THEN 1 ELSE 0 END
                        WHEN 'NW' THEN (jid * 7) % 4 + CASE ssn WHEN 'AU' THEN 1 ELSE 0 END
                        WHEN 'SC' THEN (jid * 7) % 3
                        WHEN 'RR' THEN CASE WHEN jid % 3 = 0 THEN 1 ELSE 0 END + CASE ssn WHEN 'WI' THEN 1 ELSE 0 END
                        ELSE CASE WHEN jid % 5 = 0 THEN 1 ELSE 0 END END AS nwx,
           CASE WHEN canc IS NULL AND st0 <= date '2026-11-30' THEN st0 END AS st
    FROM e
), g AS (
    SELECT f.*,
           (SELECT coalesce(sum(1 + (jid * 3 + i * 5) % 4 + CASE ssn WHEN 'WI' THEN 1 ELSE 0 END), 0)
            FROM generate_series(1, nwx) AS i)::int AS lost
    FROM f
), h AS (
    SELECT g.*, CASE WHEN st + base + lost <= date '2026-11-30' THEN st + base + lost END AS done
    FROM g
)
SELECT jid, quote_id, ssn, syr,
       CASE WHEN work_cd IN ('RT', 'SC', 'NW') THEN (ARRAY[1, 2, 1, 2, 3])[1 + jid % 5]
            WHEN jid % 3 = 0 AND pl >= date '2025-03-01' THEN 8
            ELSE (ARRAY[3, 4, 4, 2])[1 + jid % 4] END,
       bk,
       CASE WHEN work_cd IN ('RT', 'NW', 'SC') OR jid % 4 = 0 THEN 'Y' ELSE 'N' END,
       st, done, canc,
       CASE WHEN done IS NOT NULL
            THEN round(quote_amt * CASE WHEN jid % 5 = 0 THEN 1.08 WHEN jid % 11 = 0 THEN 1.15
                                        WHEN jid % 13 = 0 THEN 0.95 ELSE 1 END, 2) END,
       CASE WHEN done IS NOT NULL AND quote_amt > 0 AND jid % 17 <> 0
                 AND done + 7 + (jid * 11) % 50 <= date '2026-11-30'
            THEN done + 7 + (jid * 11) % 50 END
FROM h;

-- ---------------------------------------------------------------- job_crew (who worked on which job)
CREATE TABLE job_crew (
    job_id    integer NOT NULL REFERENCES job (job_id),
    staff_id  smallint NOT NULL REFERENCES staff (staff_id),
    days_on   numeric(5,1) NOT NULL,
    PRIMARY KEY (job_id, staff_id)
);
COMMENT ON TABLE job_crew IS 'Crew on each started job, the lead thatcher included';
COMMENT ON COLUMN job_crew.days_on IS 'days that person spent on the job (half days count 0.5); for jobs still running, days so far';

INSERT INTO job_crew (job_id, staff_id, days_on)
WITH j AS (
    SELECT j.job_id, j.lead_id, j.start_dt, q.work_cd,
           greatest(0.5, round(((coalesce(j.done_dt, date '2026-11-30') - j.start_dt) * 0.8)::numeric * 2) / 2) AS ld
    FROM job j JOIN quote q ON q.quote_id = j.quote_id
    WHERE j.start_dt IS NOT NULL
)
SELECT job_id, lead_id, ld FROM j
UNION ALL
SELECT j.job_id, s.staff_id, greatest(0.5, round(j.ld * (0.4 + ((j.job_id + s.staff_id) % 6) * 0.1) * 2) / 2)
FROM j JOIN staff s ON s.staff_id <> j.lead_id AND j.start_dt >= s.start_dt
                   AND (s.left_dt IS NULL OR j.start_dt <= s.left_dt)
WHERE CASE j.work_cd
          WHEN 'RT' THEN s.grade IN ('A', 'L') OR (j.job_id + s.staff_id * 7) % 5 < 2
          WHEN 'NW' THEN s.grade IN ('A', 'L') OR (j.job_id + s.staff_id * 7) % 5 < 2
          WHEN 'SC' THEN (s.grade = 'A' AND j.job_id % 2 = 0) OR (j.job_id + s.staff_id * 7) % 5 = 0
          WHEN 'RR' THEN (j.job_id + s.staff_id * 3) % 4 = 0 AND s.grade <> 'M'
          ELSE s.grade = 'A' AND j.job_id % 4 = 0 END;

-- ---------------------------------------------------------------- wx_delay (weather hold-ups)
CREATE TABLE wx_delay (
    wx_id      integer PRIMARY KEY,
    job_id     integer NOT NULL REFERENCES job (job_id),
    from_dt    date NOT NULL,
    days_lost  smallint NOT NULL,
    wx_cd      char(1) NOT NULL,
    note       text
);
COMMENT ON TABLE wx_delay IS 'Days lost on a job to the weather, one row per hold-up';
COMMENT ON COLUMN wx_delay.from_dt IS 'first day lost';
COMMENT ON COLUMN wx_delay.wx_cd IS 'R = rain, W = wind, F = frost, S = snow';

INSERT INTO wx_delay (wx_id, job_id, from_dt, days_lost, wx_cd, note)
WITH j AS (
    SELECT j.job_id AS jid, j.start_dt, j.done_dt, j.season_cd AS ssn, q.work_cd,
           (CASE q.work_cd WHEN 'RT' THEN ceil(r.area_m2 / 6) WHEN 'NW' THEN ceil(r.area_m2 / 5)
                           WHEN 'SC' THEN ceil(r.area_m2 / 10) WHEN 'RR' THEN 4 + floor(r.area_m2 / 40)
                           ELSE 1 + q.quote_id % 3 END)::int AS base
    FROM job j JOIN quote q ON q.quote_id = j.quote_id JOIN roof r ON r.roof_id = q.roof_id
    WHERE j.start_dt IS NOT NULL
), n AS (
    SELECT j.*,
           CASE work_cd WHEN 'RT' THEN (jid * 7) % 4 + CASE ssn WHEN 'AU' THEN 1 ELSE 0 END
                        WHEN 'NW' THEN (jid * 7) % 4 + CASE ssn WHEN 'AU' THEN 1 ELSE 0 END
                        WHEN 'SC' THEN (jid * 7) % 3
                        WHEN 'RR' THEN CASE WHEN jid % 3 = 0 THEN 1 ELSE 0 END + CASE ssn WHEN 'WI' THEN 1 ELSE 0 END
                        ELSE CASE WHEN jid % 5 = 0 THEN 1 ELSE 0 END END AS nwx
    FROM j
), w AS (
    SELECT n.jid, i, n.start_dt + (i * n.base) / (n.nwx + 1) + (i - 1) AS fd,
           1 + (n.jid * 3 + i * 5) % 4 + CASE n.ssn WHEN 'WI' THEN 1 ELSE 0 END AS dl,
           CASE n.ssn WHEN 'WI' THEN (ARRAY['F','R','W','S'])[1 + (n.jid + i) % 4]
                      WHEN 'SP' THEN (ARRAY['R','W','R','F'])[1 + (n.jid + i) % 4]
                      WHEN 'SU' THEN (ARRAY['R','R','W','R'])[1 + (n.jid + i) % 4]
                      ELSE (ARRAY['R','W','W','R'])[1 + (n.jid + i) % 4] END AS cd
    FROM n CROSS JOIN LATERAL generate_series(1, n.nwx) AS i
    WHERE n.start_dt + (i * n.base) / (n.nwx + 1) + (i - 1) <= coalesce(n.done_dt, date '2026-11-30')
)
SELECT row_number() OVER (ORDER BY fd, jid, i), jid, fd, dl, cd,
       CASE WHEN (jid + i) % 3 = 0 THEN NULL
            ELSE CASE cd WHEN 'R' THEN (ARRAY['rained off','too wet to lay reed','heavy showers, sheeted up'])[1 + (jid + i) % 3]
                         WHEN 'W' THEN 'too windy to work on the ridge'
                         WHEN 'F' THEN 'frost, straw too brittle to dress'
                         ELSE 'snow on the scaffold' END END
FROM w;

-- ---------------------------------------------------------------- lbc (listed-building consent applications)
CREATE TABLE lbc (
    lbc_id      integer PRIMARY KEY,
    prop_id     integer NOT NULL REFERENCES property (prop_id),
    job_id      integer REFERENCES job (job_id),
    council     text NOT NULL,
    app_ref     varchar(24) NOT NULL,
    applied_dt  date NOT NULL,
    outcome     char(1),
    dcsn_dt     date
);
COMMENT ON TABLE lbc IS 'Listed-building consent applications we made for owners';
COMMENT ON COLUMN lbc.job_id IS 'the job the consent is for; NULL = owner turned our quote down, no job';
COMMENT ON COLUMN lbc.app_ref IS 'the council''s application reference';
COMMENT ON COLUMN lbc.outcome IS 'G = granted, C = granted with conditions, R = refused, W = withdrawn; NULL = council has not decided yet';
COMMENT ON COLUMN lbc.dcsn_dt IS 'date of the decision or withdrawal; NULL = waiting';

INSERT INTO lbc (lbc_id, prop_id, job_id, council, app_ref, applied_dt, outcome, dcsn_dt)
WITH x AS (
    SELECT q.quote_id, q.status_cd, q.quote_dt, q.resp_dt, p.prop_id, p.county, j.job_id
    FROM quote q JOIN roof r ON r.roof_id = q.roof_id JOIN property p ON p.prop_id = r.prop_id
    LEFT JOIN job j ON j.quote_id = q.quote_id
    WHERE p.listed_gr IS NOT NULL AND q.work_cd IN ('RT', 'NW', 'SC')
      AND (q.status_cd = 'A' OR (q.status_cd = 'D' AND q.quote_id % 3 = 0))
), y AS (
    SELECT x.*,
           CASE WHEN status_cd = 'D' THEN quote_dt + 5 + quote_id % 10
                WHEN quote_id % 11 = 0 THEN resp_dt + 60 + quote_id % 20
                ELSE resp_dt + 5 + quote_id % 15 END AS ap
    FROM x
), z AS (
    SELECT y.*,
           CASE WHEN status_cd = 'D' THEN resp_dt + 3 ELSE ap + 35 + (quote_id * 7) % 70 END AS dd
    FROM y
    WHERE ap <= date '2026-11-30' AND (status_cd = 'A' OR ap < resp_dt)
)
SELECT row_number() OVER (ORDER BY ap, quote_id), prop_id, job_id,
       CASE county WHEN 'Dorset' THEN 'Dorset Council' WHEN 'Somerset' THEN 'Somerset Council'
                   WHEN 'Wiltshire' THEN 'Wiltshire Council' ELSE 'East Devon District Council' END,
       CASE county WHEN 'Dorset' THEN 'P/LBC/' || extract(year FROM ap) || '/' || lpad(((quote_id * 7919) % 99999)::text, 5, '0')
                   WHEN 'Somerset' THEN extract(year FROM ap) || '/' || lpad(((quote_id * 613) % 9999)::text, 4, '0') || '/LBC'
                   WHEN 'Wiltshire' THEN 'PL/' || extract(year FROM ap) || '/' || lpad(((quote_id * 4099) % 99999)::text, 5, '0')
                   ELSE to_char(ap, 'YY') || '/' || lpad(((quote_id * 211) % 9999)::text, 4, '0') || '/LBC' END,
       ap,
       CASE WHEN dd > date '2026-11-30' THEN NULL WHEN status_cd = 'D' THEN 'W'
            WHEN quote_id % 29 = 3 THEN 'R' WHEN quote_id % 10 IN (6, 7, 8) THEN 'C' ELSE 'G' END,
       CASE WHEN dd <= date '2026-11-30' THEN dd END
FROM z;

-- ---------------------------------------------------------------- ins_cert (certificates of works for insurers)
CREATE TABLE ins_cert (
    cert_id     integer PRIMARY KEY,
    cert_no     varchar(16) NOT NULL,
    job_id      integer NOT NULL REFERENCES job (job_id),
    insurer_nm  text,
    issued_dt   date NOT NULL,
    barrier     boolean NOT NULL,
    netted      boolean NOT NULL,
    void_dt     date
);
COMMENT ON TABLE ins_cert IS 'Certificates of works sent to the owner''s home insurer after a finished job (not for patch repairs)';
COMMENT ON COLUMN ins_cert.insurer_nm IS 'owner''s insurer; NULL = owner did not say, certificate posted to the owner';
COMMENT ON COLUMN ins_cert.barrier IS 'true = fire-retardant barrier board fitted under the thatch';
COMMENT ON COLUMN ins_cert.netted IS 'true = wire netting fitted over the thatch';
COMMENT ON COLUMN ins_cert.void_dt IS 'date voided (a replacement certificate was issued the same day); NULL = valid';

INSERT INTO ins_cert (cert_id, cert_no, job_id, insurer_nm, issued_dt, barrier, netted, void_dt)
WITH j AS (
    SELECT j.job_id, j.done_dt, q.work_cd, r.matl, j.done_dt + 1 + (j.job_id * 5) % 20 AS iss
    FROM job j JOIN quote q ON q.quote_id = j.quote_id JOIN roof r ON r.roof_id = q.roof_id
    WHERE j.done_dt IS NOT NULL AND q.work_cd <> 'RP' AND j.job_id % 19 <> 0
), c1 AS (
    SELECT j.*, CASE WHEN job_id % 13 = 5 AND iss + 12 <= date '2026-11-30' THEN iss + 12 END AS vd
    FROM j WHERE iss <= date '2026-11-30'
), allc AS (
    SELECT job_id, work_cd, matl, iss, vd, 1 AS v FROM c1
    UNION ALL
    SELECT job_id, work_cd, matl, vd, NULL, 2 FROM c1 WHERE vd IS NOT NULL
), nb AS (
    SELECT allc.*, row_number() OVER (ORDER BY iss, job_id, v)::int AS cid FROM allc
)
SELECT cid, 'SDT-' || to_char(iss, 'YY') || '-' || lpad(cid::text, 4, '0'), job_id,
       (ARRAY['NFU Mutual','Lycetts','Hiscox','Aviva','Towergate Thatch','NIG','Cottage & Country',NULL])[1 + (job_id * 3) % 8],
       iss,
       CASE WHEN work_cd IN ('RT', 'NW') THEN (matl = 'WR' AND job_id % 4 <> 0) OR job_id % 3 = 0 ELSE false END,
       CASE WHEN matl IN ('LS', 'CW') THEN job_id % 5 <> 0 ELSE job_id % 2 = 0 END,
       vd
FROM nb;

-- ---------------------------------------------------------------- grower (reed and straw growers)
CREATE TABLE grower (
    grower_id  smallint PRIMARY KEY,
    grower_nm  text NOT NULL,
    region     text NOT NULL,
    ctry       char(2) NOT NULL,
    matl       char(2) NOT NULL,
    approved   boolean NOT NULL
);
COMMENT ON TABLE grower IS 'Growers and merchants we buy thatching material from; each supplies one material';
COMMENT ON COLUMN grower.ctry IS 'ISO country code';
COMMENT ON COLUMN grower.matl IS 'material supplied: WR = water reed, LS = long straw, CW = combed wheat reed';
COMMENT ON COLUMN grower.approved IS 'true = on our approved list (quality checked); false = on trial or struck off';

INSERT INTO grower (grower_id, grower_nm, region, ctry, matl, approved) VALUES
    (1,  'Hickling Broad Reed Co',        'Norfolk Broads',      'GB', 'WR', true),
    (2,  'Cley Marsh Reedcutters',        'North Norfolk',       'GB', 'WR', true),
    (3,  'Roseaux de Camargue SARL',      'Camargue',            'FR', 'WR', true),
    (4,  'Delta Reed Tulcea',             'Danube Delta',        'RO', 'WR', true),
    (5,  'Balaton Nad Kft',               'Lake Balaton',        'HU', 'WR', false),
    (6,  'A. Cridland (Yeo Vale Straw)',  'Somerset',            'GB', 'CW', true),
    (7,  'Dibben Farms',                  'Blackmore Vale',      'GB', 'CW', true),
    (8,  'P. Hibberd Long Straw',         'Wylye Valley',        'GB', 'LS', true),
    (9,  'Exmoor Heritage Wheat',         'Exmoor',              'GB', 'CW', false),
    (10, 'Bafra Kamis',                   'Kizilirmak Delta',    'TR', 'WR', false);

-- ---------------------------------------------------------------- reed_purch (bundles bought)
CREATE TABLE reed_purch (
    purch_id    integer PRIMARY KEY,
    grower_id   smallint NOT NULL REFERENCES grower (grower_id),
    ord_dt      date NOT NULL,
    harvest_yr  smallint NOT NULL,
    bndl_qty    integer NOT NULL,
    bndl_price  numeric(6,2) NOT NULL,
    haul_amt    numeric(8,2) NOT NULL,
    dlvd_dt     date,
    rej_qty     integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE reed_purch IS 'Orders of thatching material, counted in bundles';
COMMENT ON COLUMN reed_purch.harvest_yr IS 'harvest the material is from: reed cut in the winter of 2024/25 is harvest 2025';
COMMENT ON COLUMN reed_purch.bndl_qty IS 'bundles ordered';
COMMENT ON COLUMN reed_purch.bndl_price IS 'price per bundle, GBP';
COMMENT ON COLUMN reed_purch.haul_amt IS 'haulage charged on top, GBP; 0 = free delivery or we fetched it';
COMMENT ON COLUMN reed_purch.dlvd_dt IS 'date it arrived at the yard; NULL = not arrived yet';
COMMENT ON COLUMN reed_purch.rej_qty IS 'bundles sent back as poor quality (short, wet, weedy); 0 = none';

INSERT INTO reed_purch (purch_id, grower_id, ord_dt, harvest_yr, bndl_qty, bndl_price, haul_amt, dlvd_dt, rej_qty)
WITH n AS (
    SELECT n,
           CASE WHEN n = 77 THEN 10 WHEN n % 20 < 6 THEN 1 WHEN n % 20 < 9 THEN 2 WHEN n % 20 < 12 THEN 3
                WHEN n % 20 = 12 THEN 4 WHEN n % 20 = 13 THEN 5 WHEN n % 20 < 17 THEN 6 WHEN n % 20 < 19 THEN 7
                ELSE 8 END AS g,
           date '2024-01-10' + ((n - 1) * 1045) / 170 + (n * 7) % 5 AS od
    FROM generate_series(1, 170) AS n
), m AS (
    SELECT n.*, gr.matl,
           CASE WHEN n % 41 = 0 OR od + 5 + (n * 13) % 36 > date '2026-11-30' THEN NULL
                ELSE od + 5 + (n * 13) % 36 END AS dd
    FROM n JOIN grower gr ON gr.grower_id = n.g
)
SELECT n, g, od,
       extract(year FROM od)::int - CASE WHEN matl <> 'WR' AND extract(month FROM od) < 8 THEN 1 ELSE 0 END,
       CASE WHEN matl = 'WR' THEN 300 + ((n * 7) % 25) * 50 ELSE 200 + ((n * 11) % 13) * 50 END,
       round((CASE g WHEN 1 THEN 4.10 WHEN 2 THEN 3.95 WHEN 3 THEN 3.30 WHEN 4 THEN 2.75 WHEN 5 THEN 2.60
                     WHEN 6 THEN 5.20 WHEN 7 THEN 4.90 WHEN 8 THEN 4.40 ELSE 2.35 END)
             * (1 + 0.05 * (extract(year FROM od) - 2024)) + ((n * 3) % 5) * 0.05, 2),
       CASE WHEN g = 7 THEN 0 WHEN g = 1 AND n % 10 = 0 THEN 0 WHEN g = 6 THEN 85 WHEN g = 8 THEN 120
            WHEN g = 1 THEN 420 WHEN g = 2 THEN 450 ELSE 600 + (n % 4) * 25 END,
       dd,
       CASE WHEN dd IS NULL THEN 0 WHEN g = 5 THEN 20 + (n % 5) * 15 WHEN n % 9 = 0 THEN 5 + (n * 7) % 50 ELSE 0 END
FROM m;
