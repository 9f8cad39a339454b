-- Made-up schema: a city parking operator (car parks, bays, season-ticket holders and their
-- permits, vehicle entries/exits, payments, penalty charge notices and appeals against them).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pcn_appeal;
DROP TABLE IF EXISTS pcn;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS park_sess;
DROP TABLE IF EXISTS permit;
DROP TABLE IF EXISTS permit_holder;
DROP TABLE IF EXISTS bay;
DROP TABLE IF EXISTS car_park;

-- ---------------------------------------------------------------- car_park (lots / garages)
CREATE TABLE car_park (
    lot_cd       char(3) PRIMARY KEY,
    lot_nm       text NOT NULL,
    lot_type     char(1) NOT NULL,
    district     text NOT NULL,
    capacity     integer NOT NULL,
    tariff_hr    numeric(5,2) NOT NULL,
    max_stay_hrs smallint,
    open_24h     boolean NOT NULL,
    permit_fee   numeric(7,2),
    opened_on    date NOT NULL
);
COMMENT ON TABLE car_park IS 'Car parks run by the operator';
COMMENT ON COLUMN car_park.lot_type IS 'S = surface (pay and display), M = multi-storey, U = underground, R = park and ride';
COMMENT ON COLUMN car_park.capacity IS 'number of marked bays';
COMMENT ON COLUMN car_park.tariff_hr IS 'visitor tariff per started hour, GBP';
COMMENT ON COLUMN car_park.max_stay_hrs IS 'maximum stay for visitors, hours; NULL = no limit';
COMMENT ON COLUMN car_park.permit_fee IS 'monthly season-ticket price, GBP; NULL = no season tickets sold here';

INSERT INTO car_park (lot_cd, lot_nm, lot_type, district, capacity, tariff_hr, max_stay_hrs, open_24h, permit_fee, opened_on) VALUES
    ('RVS', 'Riverside Multi-Storey',   'M', 'City Centre',     320, 3.20, NULL, true,  110.00, '1998-05-01'),
    ('MKT', 'Market Street',            'S', 'City Centre',      90, 2.80,    3, false,   NULL, '1985-03-15'),
    ('STN', 'Station Road Underground', 'U', 'Station Quarter', 240, 3.60, NULL, true,  125.00, '2011-09-01'),
    ('CTH', 'Cathedral Close',          'S', 'Old Town',         60, 3.00,    2, false,   NULL, '1979-06-01'),
    ('HSP', 'General Hospital',         'S', 'Northgate',       180, 2.20,    4, true,   70.00, '2003-01-20'),
    ('UNI', 'University Way',           'M', 'Campus',          260, 1.80, NULL, false,  60.00, '2016-08-29'),
    ('CIV', 'Civic Centre Underground', 'U', 'City Centre',     200, 3.40, NULL, false, 120.00, '2008-04-07'),
    ('PRK', 'Park Road',                'S', 'Westfield',       110, 1.50,    4, false,  55.00, '1992-10-12'),
    ('HBR', 'Harbour Side',             'M', 'Waterfront',      220, 2.60, NULL, true,   95.00, '2019-05-24'),
    ('NPR', 'North Park & Ride',        'R', 'Northgate',       400, 1.00, NULL, false,  40.00, '2021-03-01');

-- ---------------------------------------------------------------- bay
CREATE TABLE bay (
    bay_id     integer PRIMARY KEY,
    lot_cd     char(3) NOT NULL REFERENCES car_park (lot_cd),
    bay_no     varchar(8) NOT NULL,
    bay_type   char(1) NOT NULL,
    level_no   smallint,
    is_covered boolean NOT NULL,
    has_sensor boolean NOT NULL
);
COMMENT ON COLUMN bay.bay_type IS 'S = standard, D = disabled (blue badge holders only), E = electric-vehicle charging, P = parent and child, M = motorcycle';
COMMENT ON COLUMN bay.level_no IS 'floor of a multi-storey / underground car park (negative = below ground); NULL for surface car parks';
COMMENT ON COLUMN bay.has_sensor IS 'true = occupancy sensor fitted, so sessions record the bay';

INSERT INTO bay (bay_id, lot_cd, bay_no, bay_type, level_no, is_covered, has_sensor)
WITH l AS (
    SELECT lot_cd, lot_type, capacity,
           CASE lot_cd WHEN 'RVS' THEN 16 WHEN 'STN' THEN 12 WHEN 'UNI' THEN 20 WHEN 'CIV' THEN 10
                       WHEN 'HBR' THEN 8 WHEN 'NPR' THEN 24 WHEN 'HSP' THEN 6 ELSE 0 END AS n_ev,
           ceil(capacity * 0.04)::int AS n_dis
    FROM car_park
), b AS (
    SELECT l.*, n,
           CASE WHEN n <= n_dis THEN 'D'
                WHEN n <= n_dis + n_ev THEN 'E'
                WHEN n % 50 = 25 THEN 'P'
                WHEN n % 50 = 49 AND lot_type IN ('M', 'U') THEN 'M'
                ELSE 'S' END AS bay_type,
           CASE WHEN lot_type = 'M' THEN (1 + (n - 1) / 80)::smallint
                WHEN lot_type = 'U' THEN (-1 - (n - 1) / 80)::smallint END AS level_no
    FROM l CROSS JOIN LATERAL generate_series(1, l.capacity) AS n
)
SELECT row_number() OVER (ORDER BY lot_cd, n),
       lot_cd,
       CASE WHEN level_no IS NULL THEN lpad(n::text, 3, '0')
            ELSE 'L' || level_no || '-' || lpad(n::text, 3, '0') END,
       bay_type, level_no,
       lot_type IN ('M', 'U'),
       lot_type IN ('M', 'U', 'R')
FROM b;

-- ---------------------------------------------------------------- permit_holder (season-ticket holders)
CREATE TABLE permit_holder (
    holder_id   integer PRIMARY KEY,
    holder_nm   text NOT NULL,
    holder_kind char(1) NOT NULL,
    email       text,
    postcode    varchar(8) NOT NULL,
    blue_badge  boolean NOT NULL DEFAULT false,
    created_dt  date NOT NULL
);
COMMENT ON TABLE permit_holder IS 'Customers who buy season tickets (monthly permits)';
COMMENT ON COLUMN permit_holder.holder_kind IS 'R = resident, B = business, C = commuter, S = council staff';
COMMENT ON COLUMN permit_holder.email IS 'NULL = no email on file, letters go by post';
COMMENT ON COLUMN permit_holder.blue_badge IS 'true = holds a disabled (blue badge) parking permit';

INSERT INTO permit_holder (holder_id, holder_nm, holder_kind, email, postcode, blue_badge, created_dt)
SELECT h,
       CASE WHEN kind = 'B'
            THEN (ARRAY['Harper & Lane Solicitors','Northgate Dental','Bright Sparks Electrical','Quayside Media',
                        'Old Town Bakery','Mercer Accountants','Vale Physio','Copper Kettle Cafe','Atlas Couriers',
                        'Greenleaf Florists'])[1 + (h / 10) % 10] || CASE WHEN h > 100 THEN ' (' || h || ')' ELSE '' END
            ELSE (ARRAY['Alice','Mohammed','Joanne','Gareth','Priti','Callum','Siobhan','Tomasz','Ruth','Kwame',
                        'Eleanor','Darren','Fatima','Hugh','Megan'])[1 + h % 15] || ' ' ||
                 (ARRAY['Atkinson','Begum','Carter','Doyle','Ellis','Fraser','Gill','Hussain','Irving','Jenkins',
                        'Kerr','Lloyd','Morgan','Nolan','Owusu','Parry','Reid'])[1 + (h * 7) % 17] END,
       kind,
       CASE WHEN h % 13 = 0 THEN NULL ELSE 'holder' || h || '@mail.example' END,
       (ARRAY['NG1','NG2','NG3','NG5','NG7','NG9'])[1 + h % 6] || ' ' || (h % 9 + 1)::text
           || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + h % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (h * 3) % 20, 1),
       h % 12 = 0,
       date '2023-06-01' + (h * 17) % 400
FROM (
    SELECT h, CASE WHEN h % 10 <= 2 THEN 'R' WHEN h % 10 <= 4 THEN 'B' WHEN h % 10 <= 8 THEN 'C' ELSE 'S' END AS kind
    FROM generate_series(1, 500) AS h
) t;

-- ---------------------------------------------------------------- permit (season tickets)
CREATE TABLE permit (
    permit_id   integer PRIMARY KEY,
    permit_ref  varchar(12) NOT NULL,
    holder_id   integer NOT NULL REFERENCES permit_holder (holder_id),
    lot_cd      char(3) NOT NULL REFERENCES car_park (lot_cd),
    vrm         varchar(8) NOT NULL,
    valid_from  date NOT NULL,
    valid_to    date NOT NULL,
    term_mths   smallint NOT NULL,
    mthly_fee   numeric(7,2) NOT NULL,
    auto_renew  boolean NOT NULL DEFAULT false,
    permit_stat char(1) NOT NULL,
    cancel_dt   date
);
COMMENT ON TABLE permit IS 'Season tickets: one row per permit period bought for one vehicle at one car park';
COMMENT ON COLUMN permit.vrm IS 'registration number of the vehicle the permit is for';
COMMENT ON COLUMN permit.mthly_fee IS 'price per month actually charged, GBP (resident and 12-month discounts applied)';
COMMENT ON COLUMN permit.permit_stat IS 'A = active, S = suspended (payment failed), E = expired, C = cancelled before its end date';
COMMENT ON COLUMN permit.cancel_dt IS 'date the permit was cancelled; NULL = not cancelled';

INSERT INTO permit (permit_id, permit_ref, holder_id, lot_cd, vrm, valid_from, valid_to, term_mths, mthly_fee,
                    auto_renew, permit_stat, cancel_dt)
WITH h AS (
    SELECT ph.holder_id AS h, ph.holder_kind,
           (ARRAY['RVS','STN','UNI','CIV','HBR','NPR','HSP','PRK','RVS','UNI'])[1 + ph.holder_id % 10] AS lot_cd,
           (ARRAY[12, 6, 3, 12, 1, 6, 3])[1 + ph.holder_id % 7] AS term,
           date '2024-06-01' + (ph.holder_id * 17) % 420 AS vf1,
           1 + ph.holder_id % 3 AS nmax
    FROM permit_holder ph
), p AS (
    SELECT h.*, k,
           (vf1 + (k - 1) * term * interval '1 month')::date AS valid_from,
           (vf1 + k * term * interval '1 month' - interval '1 day')::date AS valid_to
    FROM h CROSS JOIN LATERAL generate_series(1, h.nmax) AS k
    WHERE (vf1 + (k - 1) * term * interval '1 month')::date <= date '2025-11-30'
), q AS (
    SELECT p.*, k = max(k) OVER (PARTITION BY h) AS is_last, h * 3 + 1 AS vx,
           row_number() OVER (ORDER BY valid_from, h) AS pid
    FROM p
)
SELECT pid,
       'SP' || to_char(valid_from, 'YY') || '-' || lpad(pid::text, 5, '0'),
       h, q.lot_cd,
       substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + vx % 24, 1)
       || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + (vx / 24 + 7) % 24, 1)
       || (ARRAY['15','65','18','68','21','71','19','69','23','73','24','74'])[1 + (vx / 576 + vx) % 12]
       || ' '
       || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + ((vx / 576) * 5 + (vx % 24) * 7 + 3) % 24, 1)
       || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + ((vx / 24) * 11 + 5) % 24, 1)
       || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + (vx * 13 + vx / 24 + vx / 576 + 1) % 24, 1),
       valid_from, valid_to, term,
       round(c.permit_fee * CASE WHEN holder_kind = 'R' THEN 0.5 ELSE 1 END * CASE WHEN term = 12 THEN 0.9 ELSE 1 END, 2),
       (h + k) % 3 <> 0,
       CASE WHEN is_last AND h % 29 = 0 THEN 'C'
            WHEN valid_to < date '2025-11-30' THEN 'E'
            WHEN h % 31 = 0 THEN 'S'
            ELSE 'A' END,
       CASE WHEN is_last AND h % 29 = 0 THEN least(valid_from + 20, date '2025-11-28') END
FROM q JOIN car_park c ON c.lot_cd = q.lot_cd;

-- ---------------------------------------------------------------- park_sess (entries / exits)
CREATE TABLE park_sess (
    sess_id   integer PRIMARY KEY,
    lot_cd    char(3) NOT NULL REFERENCES car_park (lot_cd),
    bay_id    integer REFERENCES bay (bay_id),
    vrm       varchar(8) NOT NULL,
    permit_id integer,
    entry_ts  timestamptz NOT NULL,
    exit_ts   timestamptz,
    dur_min   integer
);
COMMENT ON TABLE park_sess IS 'One row per vehicle visit, from the ANPR cameras at the barriers';
COMMENT ON COLUMN park_sess.bay_id IS 'bay the vehicle used, from the bay sensors; NULL where the car park has no sensors';
COMMENT ON COLUMN park_sess.permit_id IS 'season ticket (permit.permit_id) the visit was matched to; NULL = pay-as-you-go visitor';
COMMENT ON COLUMN park_sess.exit_ts IS 'NULL = vehicle has not left yet';
COMMENT ON COLUMN park_sess.dur_min IS 'length of stay in minutes; NULL while the vehicle is still inside';

INSERT INTO park_sess (sess_id, lot_cd, bay_id, vrm, permit_id, entry_ts, exit_ts, dur_min)
WITH ps AS (      -- season-ticket holders, October and November 2025
    SELECT p.permit_id, p.holder_id, p.lot_cd, p.vrm, ph.holder_kind, d::date AS d,
           (ARRAY[1, 2, 3, 5, 7, 10, 1, 2])[1 + p.holder_id % 8] AS freq
    FROM permit p
    JOIN permit_holder ph ON ph.holder_id = p.holder_id
    CROSS JOIN LATERAL generate_series(greatest(p.valid_from, date '2025-10-01'),
                                       least(p.valid_to, coalesce(p.cancel_dt, p.valid_to), date '2025-11-30'),
                                       interval '1 day') AS d
    WHERE p.permit_stat <> 'S'
), psk AS (
    SELECT ps.*, (d - date '2025-10-01') AS dn
    FROM ps
    WHERE (d - date '2025-10-01') % freq = 0
      AND (holder_kind = 'R' OR extract(isodow FROM d) < 6)
), s1 AS (
    SELECT 'P' AS src, permit_id AS x, lot_cd, vrm, permit_id,
           CASE WHEN holder_kind = 'R'
                THEN d + time '17:30' + ((holder_id * 7 + dn * 3) % 150) * interval '1 minute'
                ELSE d + time '07:15' + ((holder_id * 11 + dn * 5) % 140) * interval '1 minute' END AS entry_local,
           CASE WHEN holder_kind = 'R' THEN 780 + (holder_id * 13 + dn * 7) % 120
                ELSE 480 + (holder_id * 3 + dn * 11) % 130 END AS dur
    FROM psk
), s2 AS (        -- pay-as-you-go visitors, June 2024 to November 2025
    SELECT 'V' AS src, v AS x,
           (ARRAY['RVS','RVS','MKT','STN','STN','CTH','HSP','HSP','UNI','CIV','PRK','HBR','NPR'])[1 + (v * 7) % 13] AS lot_cd,
           substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + vx % 24, 1)
           || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + (vx / 24 + 7) % 24, 1)
           || (ARRAY['15','65','18','68','21','71','19','69','23','73','24','74'])[1 + (vx / 576 + vx) % 12]
           || ' '
           || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + ((vx / 576) * 5 + (vx % 24) * 7 + 3) % 24, 1)
           || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + ((vx / 24) * 11 + 5) % 24, 1)
           || substr('ABCDEFGHJKLMNOPRSTUVWXYZ', 1 + (vx * 13 + vx / 24 + vx / 576 + 1) % 24, 1) AS vrm,
           NULL::integer AS permit_id,
           date '2024-06-01' + (v - 1) * 548 / 4500 + time '07:00' + ((v * 97) % 780) * interval '1 minute' AS entry_local,
           CASE WHEN (v * 7) % 13 IN (2, 5, 6, 7, 10)                -- short-stay car parks: MKT, CTH, HSP, PRK
                THEN 20 + (v * 41) % 150 ELSE 25 + (v * 41) % 200 END
              + CASE WHEN v % 17 = 0 THEN 300 ELSE 0 END
              + CASE WHEN v % 53 = 0 THEN 700 ELSE 0 END AS dur
    FROM generate_series(1, 4500) AS v
    CROSS JOIN LATERAL (SELECT 5000 + CASE WHEN v % 10 = 0 THEN (v / 10) % 40 ELSE (v * 37) % 2500 END AS vx) pl
), s AS (
    SELECT s0.*, (s0.entry_local AT TIME ZONE 'UTC') AS entry_ts,
           c.lot_type, c.capacity
    FROM (SELECT * FROM s1 UNION ALL SELECT * FROM s2) s0
    JOIN car_park c ON c.lot_cd = s0.lot_cd
), t AS (
    SELECT s.*,
           CASE WHEN (src = 'V' AND x % 997 = 0) OR entry_ts + dur * interval '1 minute' > timestamptz '2025-11-30 23:59:59+00'
                THEN NULL ELSE entry_ts + dur * interval '1 minute' END AS exit_ts,
           CASE WHEN lot_type IN ('M', 'U', 'R')
                THEN (SELECT min(b.bay_id) FROM bay b WHERE b.lot_cd = s.lot_cd)
                     + CASE WHEN src = 'V' AND x % 29 = 0 THEN (x / 29) % 40   -- disabled / EV bays are at the front
                            ELSE 40 + (x * 7 + 13) % (capacity - 40) END END AS bay_id
    FROM s
)
SELECT row_number() OVER (ORDER BY entry_ts, src, x),
       lot_cd, bay_id, vrm, permit_id, entry_ts, exit_ts,
       CASE WHEN exit_ts IS NOT NULL THEN dur END
FROM t;

-- ---------------------------------------------------------------- pmt (payments)
CREATE TABLE pmt (
    pmt_id    integer PRIMARY KEY,
    sess_id   integer,
    permit_id integer REFERENCES permit (permit_id),
    pmt_ts    timestamptz NOT NULL,
    amt       numeric(8,2) NOT NULL,
    pay_chan  char(1) NOT NULL,
    refunded  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE pmt IS 'Money taken: parking fees for visits and season-ticket payments';
COMMENT ON COLUMN pmt.sess_id IS 'visit paid for (park_sess.sess_id); NULL for season-ticket payments';
COMMENT ON COLUMN pmt.permit_id IS 'season ticket paid for; NULL for visit payments';
COMMENT ON COLUMN pmt.amt IS 'amount paid, GBP incl. VAT';
COMMENT ON COLUMN pmt.pay_chan IS 'A = mobile app, K = card at the pay machine, C = cash at the pay machine, D = direct debit, W = online (website)';
COMMENT ON COLUMN pmt.refunded IS 'true = the payment was refunded in full later';

INSERT INTO pmt (pmt_id, sess_id, permit_id, pmt_ts, amt, pay_chan, refunded)
WITH vp AS (
    SELECT s.sess_id, NULL::integer AS permit_id,
           CASE WHEN c.lot_type = 'S' THEN s.entry_ts + interval '2 minutes'
                ELSE s.exit_ts - interval '4 minutes' END AS pmt_ts,
           ceil(least(s.dur_min, coalesce(c.max_stay_hrs * 60, s.dur_min)) / 60.0) * c.tariff_hr AS amt,
           CASE WHEN (s.sess_id * 3) % 10 <= 3 THEN 'A' WHEN (s.sess_id * 3) % 10 <= 7 THEN 'K' ELSE 'C' END AS pay_chan,
           s.sess_id % 67 = 0 AS refunded
    FROM park_sess s JOIN car_park c ON c.lot_cd = s.lot_cd
    WHERE s.permit_id IS NULL
      AND s.exit_ts IS NOT NULL
      AND s.sess_id % 41 <> 0                         -- drove off without paying
), pp AS (
    SELECT NULL::integer AS sess_id, p.permit_id,
           ((p.valid_from + m * interval '1 month')::date - 3 + time '09:00') AT TIME ZONE 'UTC' AS pmt_ts,
           CASE WHEN p.term_mths = 12 AND p.permit_id % 2 = 0 THEN p.mthly_fee * 12 ELSE p.mthly_fee END AS amt,
           CASE WHEN p.term_mths = 12 AND p.permit_id % 2 = 0 THEN 'W' ELSE 'D' END AS pay_chan,
           false AS refunded
    FROM permit p
    CROSS JOIN LATERAL generate_series(0, p.term_mths - 1) AS m
    WHERE (p.valid_from + m * interval '1 month')::date <= least(coalesce(p.cancel_dt, date '2025-11-30'), date '2025-11-30')
      AND (m = 0 OR NOT (p.term_mths = 12 AND p.permit_id % 2 = 0))
      AND NOT (p.permit_stat = 'S' AND (p.valid_from + m * interval '1 month')::date > date '2025-09-30')
)
SELECT row_number() OVER (ORDER BY pmt_ts, sess_id, permit_id), sess_id, permit_id, pmt_ts, amt, pay_chan, refunded
FROM (SELECT * FROM vp UNION ALL SELECT * FROM pp) x;

-- ---------------------------------------------------------------- pcn (penalty charge notices)
CREATE TABLE pcn (
    pcn_no    varchar(10) PRIMARY KEY,
    sess_id   integer NOT NULL,
    lot_cd    char(3) NOT NULL REFERENCES car_park (lot_cd),
    vrm       varchar(8) NOT NULL,
    cntr_cd   char(2) NOT NULL,
    issued_ts timestamptz NOT NULL,
    fine_amt  numeric(6,2) NOT NULL,
    pcn_stat  char(1) NOT NULL,
    paid_dt   date,
    paid_amt  numeric(6,2),
    warden_no smallint
);
COMMENT ON TABLE pcn IS 'Penalty charge notices (parking tickets) issued in our car parks';
COMMENT ON COLUMN pcn.sess_id IS 'visit the notice was issued during (park_sess.sess_id)';
COMMENT ON COLUMN pcn.cntr_cd IS 'contravention: OS = overstayed the maximum stay, NP = no valid payment, BB = in a disabled bay without a blue badge, EV = non-electric vehicle in an EV charging bay, OB = not parked within the bay markings';
COMMENT ON COLUMN pcn.fine_amt IS 'penalty charge, GBP (70 higher level, 50 lower level); halved if paid within 14 days';
COMMENT ON COLUMN pcn.pcn_stat IS 'P = paid, O = outstanding (unpaid, still within time or under appeal), W = waived on appeal, C = cancelled by the operator (issued in error), R = unpaid and registered for debt recovery';
COMMENT ON COLUMN pcn.paid_amt IS 'amount received, GBP; NULL = nothing paid';
COMMENT ON COLUMN pcn.warden_no IS 'civil enforcement officer number; NULL = issued automatically by the ANPR system';

-- pcn_appeal is filled before the notices' final status is set, so it is created here
CREATE TABLE pcn_appeal (
    appeal_id  integer PRIMARY KEY,
    pcn_no     varchar(10) NOT NULL REFERENCES pcn (pcn_no),
    stage      smallint NOT NULL,
    lodged_dt  date NOT NULL,
    grounds_cd varchar(3) NOT NULL,
    outcome    char(1),
    decided_dt date
);
COMMENT ON TABLE pcn_appeal IS 'Appeals (challenges) against penalty charge notices';
COMMENT ON COLUMN pcn_appeal.stage IS '1 = informal challenge, 2 = formal representation, 3 = independent adjudicator (tribunal)';
COMMENT ON COLUMN pcn_appeal.grounds_cd IS 'SIG = signs unclear, MAL = pay machine / app fault, PER = held a valid permit or ticket, MED = medical emergency, OTH = other';
COMMENT ON COLUMN pcn_appeal.outcome IS 'A = accepted (notice waived), R = rejected; NULL = not decided yet';
COMMENT ON COLUMN pcn_appeal.decided_dt IS 'NULL while the appeal is undecided';

INSERT INTO pcn (pcn_no, sess_id, lot_cd, vrm, cntr_cd, issued_ts, fine_amt, pcn_stat, paid_dt, paid_amt, warden_no)
WITH c AS (
    SELECT s.*, cp.max_stay_hrs, b.bay_type,
           CASE WHEN s.permit_id IS NULL AND cp.max_stay_hrs IS NOT NULL AND s.dur_min > cp.max_stay_hrs * 60 + 15 THEN 'OS'
                WHEN s.permit_id IS NULL AND s.exit_ts IS NOT NULL AND s.sess_id % 41 = 0 THEN 'NP'
                WHEN b.bay_type = 'D' AND s.sess_id % 3 = 0 THEN 'BB'
                WHEN b.bay_type = 'E' AND s.sess_id % 2 = 0 THEN 'EV'
                WHEN s.permit_id IS NOT NULL AND (s.permit_id * 13 + s.sess_id) % 89 = 0 THEN 'OB'
           END AS cntr_cd
    FROM park_sess s
    JOIN car_park cp ON cp.lot_cd = s.lot_cd
    LEFT JOIN bay b ON b.bay_id = s.bay_id
), n AS (
    SELECT c.*,
           CASE cntr_cd WHEN 'OS' THEN entry_ts + (max_stay_hrs * 60 + 15) * interval '1 minute'
                        WHEN 'NP' THEN entry_ts + interval '35 minutes'
                        WHEN 'OB' THEN entry_ts + interval '50 minutes'
                        ELSE entry_ts + interval '20 minutes' END AS issued_ts,
           row_number() OVER (ORDER BY entry_ts, sess_id)::int AS n
    FROM c
    WHERE cntr_cd IS NOT NULL
)
SELECT 'PC' || lpad((40000 + n * 3)::text, 8, '0'),
       sess_id, lot_cd, vrm, cntr_cd, issued_ts,
       CASE WHEN cntr_cd IN ('OS', 'OB') THEN 50 ELSE 70 END,
       'O', NULL, NULL,
       CASE WHEN cntr_cd IN ('OS', 'NP') AND lot_cd IN ('RVS', 'STN', 'CIV', 'HBR', 'UNI', 'NPR') THEN NULL
            ELSE (101 + n % 14)::smallint END
FROM n;

INSERT INTO pcn_appeal (appeal_id, pcn_no, stage, lodged_dt, grounds_cd, outcome, decided_dt)
WITH p AS (
    SELECT pcn_no, (issued_ts AT TIME ZONE 'UTC')::date AS issued_dt, cntr_cd,
           row_number() OVER (ORDER BY pcn_no)::int AS n
    FROM pcn
), a1 AS (
    SELECT p.*, 1 AS stage,
           issued_dt + 2 + n % 12 AS lodged_dt,
           CASE WHEN cntr_cd = 'NP' AND n % 3 <> 0 THEN 'MAL'
                WHEN cntr_cd = 'OB' THEN 'PER'
                ELSE (ARRAY['SIG','MAL','PER','MED','OTH','SIG'])[1 + (n / 4) % 6] END AS grounds_cd
    FROM p
    WHERE n % 4 = 0 OR cntr_cd = 'OB'
), d1 AS (
    SELECT a1.*, lodged_dt + 7 + n % 20 AS dd,
           CASE grounds_cd WHEN 'MAL' THEN n % 8 <> 0
                           WHEN 'PER' THEN n % 3 <> 0
                           WHEN 'MED' THEN n % 8 = 0
                           WHEN 'SIG' THEN n % 5 = 0
                           ELSE false END AS acc
    FROM a1
), a2 AS (
    SELECT pcn_no, n, 2 AS stage, dd + 10 + n % 9 AS lodged_dt, grounds_cd, issued_dt
    FROM d1
    WHERE dd <= date '2025-11-30' AND NOT acc AND n % 3 = 0
), d2 AS (
    SELECT a2.*, lodged_dt + 21 + n % 15 AS dd, n % 24 = 0 AS acc FROM a2
), a3 AS (
    SELECT pcn_no, n, 3 AS stage, dd + 14 AS lodged_dt, grounds_cd, issued_dt
    FROM d2
    WHERE dd <= date '2025-11-30' AND NOT acc AND n % 2 = 0
), d3 AS (
    SELECT a3.*, lodged_dt + 45 + n % 30 AS dd, n % 5 = 0 AS acc FROM a3
), allx AS (
    SELECT pcn_no, n, stage, lodged_dt, grounds_cd, dd, acc FROM d1
    UNION ALL SELECT pcn_no, n, stage, lodged_dt, grounds_cd, dd, acc FROM d2
    UNION ALL SELECT pcn_no, n, stage, lodged_dt, grounds_cd, dd, acc FROM d3
)
SELECT row_number() OVER (ORDER BY lodged_dt, pcn_no, stage),
       pcn_no, stage, lodged_dt, grounds_cd,
       CASE WHEN dd > date '2025-11-30' THEN NULL WHEN acc THEN 'A' ELSE 'R' END,
       CASE WHEN dd <= date '2025-11-30' THEN dd END
FROM allx
WHERE lodged_dt <= date '2025-11-30';

-- final status and payment of each notice
UPDATE pcn
SET pcn_stat = x.stat, paid_dt = x.pd, paid_amt = x.pa
FROM (
    SELECT p.pcn_no,
           CASE WHEN la.outcome = 'A' THEN 'W'
                WHEN la.pcn_no IS NOT NULL AND la.outcome IS NULL THEN 'O'
                WHEN p.n % 23 = 0 THEN 'C'
                WHEN p.n % 7 = 0 THEN CASE WHEN p.issued_dt < date '2025-11-30' - 56 THEN 'R' ELSE 'O' END
                WHEN pay_dt > date '2025-11-30' THEN 'O'
                ELSE 'P' END AS stat,
           pay_dt, p.fine_amt, p.issued_dt
    FROM (
        SELECT pc.*, (pc.issued_ts AT TIME ZONE 'UTC')::date AS issued_dt,
               row_number() OVER (ORDER BY pc.pcn_no)::int AS n
        FROM pcn pc
    ) p
    LEFT JOIN (SELECT DISTINCT ON (pcn_no) * FROM pcn_appeal ORDER BY pcn_no, stage DESC) la ON la.pcn_no = p.pcn_no
    CROSS JOIN LATERAL (
        SELECT CASE WHEN la.pcn_no IS NOT NULL THEN la.decided_dt + 3 + p.n % 18
                    ELSE p.issued_dt + (p.n * 5) % 40 END AS pay_dt
    ) pd
) y
CROSS JOIN LATERAL (
    SELECT y.stat,
           CASE WHEN y.stat = 'P' THEN y.pay_dt END AS pd,
           CASE WHEN y.stat <> 'P' THEN NULL
                WHEN y.pay_dt <= y.issued_dt + 14 THEN y.fine_amt / 2
                ELSE y.fine_amt END AS pa
) x
WHERE pcn.pcn_no = y.pcn_no;
