-- Made-up schema: a small chain of fitness clubs (clubs, membership plans, members, staff,
-- group-class timetable, class bookings, monthly dues, personal-training sessions).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30. All timestamps are written in UTC.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pt_session;
DROP TABLE IF EXISTS dues_pmt;
DROP TABLE IF EXISTS booking;
DROP TABLE IF EXISTS cls_sched;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS mbr;
DROP TABLE IF EXISTS mbr_plan;
DROP TABLE IF EXISTS club;

-- ---------------------------------------------------------------- club (locations)
CREATE TABLE club (
    club_id    integer PRIMARY KEY,
    club_nm    text NOT NULL,
    street     text NOT NULL,
    city       text NOT NULL,
    opened_on  date NOT NULL,
    has_pool   boolean NOT NULL DEFAULT false,
    sq_ft      integer
);
COMMENT ON TABLE club IS 'Our gym locations';

INSERT INTO club (club_id, club_nm, street, city, opened_on, has_pool, sq_ft) VALUES
    (1, 'Downtown',  '1420 Larimer St',       'Denver',    '2012-05-01', true,  32000),
    (2, 'Riverside', '2890 Platte River Dr',  'Denver',    '2015-09-14', false, 18500),
    (3, 'Northgate', '4100 28th St',          'Boulder',   '2017-03-01', true,  27000),
    (4, 'Eastlake',  '15320 E Iliff Ave',     'Aurora',    '2019-11-04', false, 21000),
    (5, 'Westfield', '7600 W Alameda Ave',    'Lakewood',  '2021-06-01', false, 16000),
    (6, 'Southpark', '8250 S Broadway',       'Littleton', '2023-08-21', true,  24500);

-- ---------------------------------------------------------------- mbr_plan (membership plans)
CREATE TABLE mbr_plan (
    plan_id      integer PRIMARY KEY,
    plan_nm      text NOT NULL,
    monthly_fee  numeric(10,2) NOT NULL,
    all_clubs    boolean NOT NULL DEFAULT false,
    min_term_mo  smallint NOT NULL,
    is_current   boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN mbr_plan.monthly_fee IS 'monthly dues, USD';
COMMENT ON COLUMN mbr_plan.all_clubs IS 'true = member may use every club, false = home club only';
COMMENT ON COLUMN mbr_plan.min_term_mo IS 'minimum commitment in months; 0 = no contract';
COMMENT ON COLUMN mbr_plan.is_current IS 'false = no longer sold to new members';

INSERT INTO mbr_plan (plan_id, plan_nm, monthly_fee, all_clubs, min_term_mo, is_current) VALUES
    (1, 'Basic',     29.99, false, 12, true),
    (2, 'Off-Peak',  19.99, false, 12, false),
    (3, 'Premium',   59.99, true,   0, true),
    (4, 'Student',   24.99, false,  6, true),
    (5, 'Corporate', 39.99, true,  12, true);

-- ---------------------------------------------------------------- mbr (members)
CREATE TABLE mbr (
    mbr_id        integer PRIMARY KEY,
    first_nm      text NOT NULL,
    last_nm       text NOT NULL,
    email         text,
    home_club_id  integer NOT NULL REFERENCES club (club_id),
    plan_id       integer NOT NULL REFERENCES mbr_plan (plan_id),
    join_dt       date NOT NULL,
    cancel_dt     date,
    status_cd     char(1) NOT NULL,
    birth_dt      date,
    created_at    timestamptz NOT NULL
);
COMMENT ON TABLE mbr IS 'Members: everyone who ever signed up at one of the clubs';
COMMENT ON COLUMN mbr.status_cd IS 'A = active, F = frozen (membership on hold), C = cancelled';
COMMENT ON COLUMN mbr.cancel_dt IS 'date the membership was cancelled; NULL while it is still running';
COMMENT ON COLUMN mbr.home_club_id IS 'club where the member signed up';

INSERT INTO mbr (mbr_id, first_nm, last_nm, email, home_club_id, plan_id, join_dt, cancel_dt, status_cd, birth_dt, created_at)
WITH b AS (
    SELECT g,
           (ARRAY['Emily','Jacob','Madison','Tyler','Hannah','Brandon','Ashley','Kevin','Megan','Jose',
                  'Lauren','Andre','Rachel','Tomás','Keisha','Ryan','Priya','Marcus','Yuki','Samantha',
                  'Derek','Lucia','Omar','Brianna','Chen'])[1 + g % 25] AS fn,
           (ARRAY['Martinez','Johnson','Nguyen','Williams','Brown','Garcia','Miller','Davis','Rodriguez','Wilson',
                  'Anderson','Thomas','Taylor','Moore','Jackson','White','Harris','Lopez','Clark','Young',
                  'Allen','Wright','Scott','Hill','Baker','Adams','Nelson','Carter','Mitchell'])[1 + (g * 11) % 29] AS ln,
           CASE WHEN g <= 150 THEN date '2024-01-01' + (g - 1) / 30              -- founding members, first week
                ELSE date '2024-01-06' + ((g - 150) * 694) / 750 END AS join_dt
    FROM generate_series(1, 900) AS g
), c AS (
    SELECT b.*,
           CASE WHEN g > 150 AND g % 4 = 0 AND join_dt + 45 + (g * 7) % 330 <= date '2025-11-30'
                     THEN join_dt + 45 + (g * 7) % 330
                WHEN g <= 150 AND g % 25 = 0 THEN join_dt + 200 + g
                END AS cancel_dt
    FROM b
)
SELECT g, fn, ln,
       CASE WHEN g % 40 = 0 THEN NULL ELSE lower(replace(fn, 'á', 'a') || '.' || ln || g || '@mail.example') END,
       1 + g % 6,
       CASE WHEN g % 6 = 2 AND g % 10 IN (2, 3) THEN 3        -- Northgate sells a lot of Premium
            WHEN g % 10 IN (0, 1, 2, 3) THEN 1
            WHEN g % 10 IN (4, 5) THEN CASE WHEN join_dt < date '2025-01-01' THEN 2 ELSE 1 END
            WHEN g % 10 IN (6, 7) THEN 3
            WHEN g % 10 = 8 THEN 4
            ELSE 5 END,
       join_dt,
       cancel_dt,
       CASE WHEN cancel_dt IS NOT NULL THEN 'C' WHEN g % 23 = 0 THEN 'F' ELSE 'A' END,
       date '1962-01-01' + (g * 379) % 16000,
       (join_dt + time '07:00' + ((g * 53) % 720) * interval '1 minute') AT TIME ZONE 'UTC'
FROM c;

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    staff_id     integer PRIMARY KEY,
    full_nm      text NOT NULL,
    club_id      integer NOT NULL REFERENCES club (club_id),
    role_cd      char(1) NOT NULL,
    hourly_rate  numeric(10,2) NOT NULL,
    hired_on     date NOT NULL,
    is_active    boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN staff.role_cd IS 'M = club manager, D = front desk, I = group-class instructor, T = personal trainer';
COMMENT ON COLUMN staff.is_active IS 'false = no longer works for us';

INSERT INTO staff (staff_id, full_nm, club_id, role_cd, hourly_rate, hired_on, is_active)
SELECT g,
       (ARRAY['Alicia','Ben','Carla','Dmitri','Erin','Felix','Gina','Hector','Ivy','Jamal',
              'Kara','Leo','Mona','Nate','Olga','Pedro','Quinn','Rosa','Sam','Tara',
              'Uma','Victor','Wendy','Xavier','Yasmin'])[1 + (g * 7) % 25]
       || ' ' ||
       (ARRAY['Reyes','Okafor','Lindqvist','Park','Sullivan','Haddad','Kowalski','Fischer','Mendez','Brooks',
              'Ito','Novak','Duarte','Grant','Singh','Weber','Flores'])[1 + (g * 5) % 17],
       CASE WHEN g <= 48 THEN (g - 1) / 8 + 1 WHEN g = 49 THEN 2 ELSE 5 END,
       CASE WHEN g > 48 THEN 'T'
            WHEN (g - 1) % 8 = 0 THEN 'M'
            WHEN (g - 1) % 8 IN (1, 2) THEN 'D'
            WHEN (g - 1) % 8 IN (3, 4) THEN 'I'
            ELSE 'T' END,
       CASE WHEN g > 48 THEN 26.00
            WHEN (g - 1) % 8 = 0 THEN 34.50
            WHEN (g - 1) % 8 IN (1, 2) THEN 17.25 + (g % 3) * 0.75
            WHEN (g - 1) % 8 IN (3, 4) THEN 24.00 + (g % 4) * 1.50
            ELSE 28.00 + (g % 5) * 2.00 END,
       CASE WHEN g = 49 THEN date '2025-11-17'
            WHEN g = 50 THEN date '2025-11-24'
            ELSE date '2016-02-01' + (g * 97) % 2800 END,
       g NOT IN (13, 30)
FROM generate_series(1, 50) AS g;

-- ---------------------------------------------------------------- cls_sched (group-class timetable)
CREATE TABLE cls_sched (
    sched_id       integer PRIMARY KEY,
    club_id        integer NOT NULL REFERENCES club (club_id),
    class_nm       text NOT NULL,
    instructor_id  integer NOT NULL REFERENCES staff (staff_id),
    starts_at      timestamptz NOT NULL,
    duration_min   smallint NOT NULL,
    room           text NOT NULL,
    capacity       smallint NOT NULL,
    is_cancelled   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE cls_sched IS 'Group-class timetable: one row per scheduled class session';
COMMENT ON COLUMN cls_sched.is_cancelled IS 'true = the class was called off by the club';

INSERT INTO cls_sched (sched_id, club_id, class_nm, instructor_id, starts_at, duration_min, room, capacity, is_cancelled)
WITH b AS (
    SELECT g, (g - 1) / 4 AS d, (g - 1) % 4 AS slot,
           1 + ((g - 1) + (g - 1) / 4) % 6 AS club_id,
           (ARRAY['Spin','Yoga','HIIT','Pilates','Zumba','Boxing','Body Pump','Aqua Fit'])[1 + (g * 3 + (g - 1) / 4) % 8] AS nm0
    FROM generate_series(1, 2800) AS g
), n AS (
    SELECT b.*,
           CASE WHEN d >= 680 AND slot = 2 THEN 'Barre'
                WHEN nm0 = 'Aqua Fit' AND club_id NOT IN (1, 3, 6) THEN 'Spin'
                ELSE nm0 END AS class_nm
    FROM b
)
SELECT g, club_id, class_nm,
       (club_id - 1) * 8 + 4 + CASE WHEN club_id = 3 AND (d / 7 + slot) % 4 = 3 THEN 0   -- Northgate's head instructor
                                    ELSE (d / 7 + slot) % 4 END,
       (timestamp '2024-01-01 00:00:00' + d * interval '1 day'
           + (ARRAY[interval '6 hours 30 minutes', interval '9 hours 30 minutes',
                    interval '12 hours 15 minutes', interval '18 hours 30 minutes'])[slot + 1]) AT TIME ZONE 'UTC',
       CASE class_nm WHEN 'Spin' THEN 45 WHEN 'Yoga' THEN 60 WHEN 'HIIT' THEN 30 WHEN 'Pilates' THEN 50
                     WHEN 'Zumba' THEN 55 WHEN 'Boxing' THEN 60 WHEN 'Body Pump' THEN 60
                     WHEN 'Aqua Fit' THEN 45 ELSE 50 END,
       CASE class_nm WHEN 'Spin' THEN 'Cycle Room' WHEN 'Aqua Fit' THEN 'Pool'
                     ELSE CASE WHEN g % 2 = 0 THEN 'Studio A' ELSE 'Studio B' END END,
       CASE class_nm WHEN 'Spin' THEN 20 WHEN 'Aqua Fit' THEN 12 ELSE 25 END,
       g % 37 = 0
FROM n;

-- ---------------------------------------------------------------- booking (class bookings and attendance)
CREATE TABLE booking (
    bkg_id       integer PRIMARY KEY,
    sched_id     integer NOT NULL REFERENCES cls_sched (sched_id),
    mbr_id       integer REFERENCES mbr (mbr_id),
    guest_nm     text,
    booked_at    timestamptz NOT NULL,
    attend_cd    char(1) NOT NULL,
    drop_in_fee  numeric(10,2)
);
COMMENT ON COLUMN booking.mbr_id IS 'member who booked; NULL = drop-in guest (not a member) who pays drop_in_fee';
COMMENT ON COLUMN booking.attend_cd IS 'A = attended, N = no-show (booked but did not turn up), C = cancelled (by the member, or the class was called off)';
COMMENT ON COLUMN booking.drop_in_fee IS 'fee paid by a drop-in guest, USD (0 when the booking was cancelled: refunded; no-shows still pay); NULL for members';

INSERT INTO booking (bkg_id, sched_id, mbr_id, guest_nm, booked_at, attend_cd, drop_in_fee)
WITH days AS (
    SELECT d, (SELECT max(m.mbr_id) FROM mbr m WHERE m.join_dt <= date '2024-01-01' + d) AS max_mbr
    FROM generate_series(0, 699) AS d
), s AS (
    SELECT s.*, (s.starts_at AT TIME ZONE 'UTC')::date AS sdate, days.max_mbr
    FROM cls_sched s
    JOIN days ON days.d = (s.starts_at AT TIME ZONE 'UTC')::date - date '2024-01-01'
), k AS (
    SELECT s.sched_id, s.starts_at, s.sdate, s.class_nm, s.is_cancelled, k,
           (s.sched_id * 3 + k) % 13 = 0 AS is_drop_in,
           1 + (s.sched_id * 31 + k * 97) % s.max_mbr AS cand0
    FROM s
    CROSS JOIN LATERAL generate_series(1, CASE WHEN s.sched_id % 23 = 0 THEN 0
                                               WHEN s.class_nm = 'Spin' THEN 3 + (s.sched_id * 7) % 4
                                               ELSE 1 + (s.sched_id * 7) % 5 END) AS k
), m AS (
    SELECT k.*,
           row_number() OVER (ORDER BY k.sched_id, k.k) AS rn,
           CASE WHEN k.is_drop_in THEN NULL
                ELSE (SELECT CASE WHEN c.cancel_dt < k.sdate                 -- already gone: a regular instead
                                  THEN CASE WHEN (1 + z.x % 24) % 9 = 4 THEN z.x % 24 ELSE 1 + z.x % 24 END
                                  ELSE z.x END
                      FROM (SELECT CASE WHEN k.cand0 % 9 = 4 THEN k.cand0 - 1    -- some members never book classes
                                        ELSE k.cand0 END AS x) z
                      JOIN mbr c ON c.mbr_id = z.x)
                END AS mbr_id
    FROM k
)
SELECT rn, sched_id, mbr_id,
       CASE WHEN is_drop_in THEN
            (ARRAY['J. Alvarez','T. Becker','guest','M. Osei','R. Kaplan','S. Dubois','guest','L. Huang'])[1 + rn % 8]
       END,
       starts_at - ((rn * 13) % 70 + 2) * interval '1 hour' - ((rn * 7) % 60) * interval '1 minute',
       CASE WHEN is_cancelled THEN 'C'
            WHEN (rn * 7) % 10 = 0 THEN 'C'
            WHEN rn % 9 = 4 OR (mbr_id % 37 = 0 AND rn % 2 = 0) THEN 'N'
            ELSE 'A' END,
       CASE WHEN NOT is_drop_in THEN NULL
            WHEN is_cancelled OR (rn * 7) % 10 = 0 THEN 0.00                 -- cancelled: fee refunded
            WHEN class_nm IN ('Spin', 'Boxing') THEN 20.00
            ELSE 15.00 END
FROM m;

-- ---------------------------------------------------------------- dues_pmt (monthly membership dues)
CREATE TABLE dues_pmt (
    pmt_id      integer PRIMARY KEY,
    mbr_id      integer NOT NULL REFERENCES mbr (mbr_id),
    period_mo   date NOT NULL,
    amount      numeric(10,2) NOT NULL,
    pay_method  varchar(8) NOT NULL,
    status_cd   char(1) NOT NULL,
    paid_at     timestamptz
);
COMMENT ON COLUMN dues_pmt.period_mo IS 'first day of the month these dues are for';
COMMENT ON COLUMN dues_pmt.amount IS 'amount charged, USD (the plan fee, or a 10.00 freeze fee while a membership is frozen)';
COMMENT ON COLUMN dues_pmt.pay_method IS 'card, ach (bank debit) or cash';
COMMENT ON COLUMN dues_pmt.status_cd IS 'P = paid, D = declined (card or bank refused, nothing collected), R = refunded';
COMMENT ON COLUMN dues_pmt.paid_at IS 'when the money was collected; NULL if declined';

INSERT INTO dues_pmt (pmt_id, mbr_id, period_mo, amount, pay_method, status_cd, paid_at)
WITH d AS (
    SELECT m.mbr_id, m.join_dt, m.status_cd AS mstat, p.monthly_fee, k,
           (date_trunc('month', m.join_dt) + k * interval '1 month')::date AS period_mo
    FROM mbr m
    JOIN mbr_plan p ON p.plan_id = m.plan_id
    CROSS JOIN LATERAL generate_series(0, 23) AS k
    WHERE (date_trunc('month', m.join_dt) + k * interval '1 month')::date
          <= date_trunc('month', least(coalesce(m.cancel_dt, date '2025-11-30'), date '2025-11-30'))
), s AS (
    SELECT d.*, row_number() OVER (ORDER BY period_mo, mbr_id) AS rn,
           CASE WHEN (mbr_id * 3 + k) % 29 = 0 THEN 'D'
                WHEN (mbr_id + k * 5) % 61 = 0 THEN 'R'
                ELSE 'P' END AS st
    FROM d
)
SELECT rn, mbr_id, period_mo,
       CASE WHEN mstat = 'F' AND period_mo >= date '2025-09-01' THEN 10.00 ELSE monthly_fee END,
       CASE WHEN mbr_id % 19 = 0 THEN 'cash' WHEN mbr_id % 7 = 0 THEN 'ach' ELSE 'card' END,
       st,
       CASE WHEN st = 'D' THEN NULL
            WHEN k = 0 THEN join_dt + time '10:00' + ((mbr_id * 17) % 480) * interval '1 minute'
            ELSE period_mo + time '03:00' + ((mbr_id + k) % 3) * interval '1 day'
                 + ((mbr_id * 11) % 240) * interval '1 minute' END AT TIME ZONE 'UTC'
FROM s;

-- ---------------------------------------------------------------- pt_session (personal training)
CREATE TABLE pt_session (
    pt_id       integer PRIMARY KEY,
    mbr_id      integer NOT NULL REFERENCES mbr (mbr_id),
    trainer_id  integer NOT NULL,
    club_id     integer NOT NULL REFERENCES club (club_id),
    sess_start  timestamptz NOT NULL,
    sess_end    timestamptz NOT NULL,
    price       numeric(10,2) NOT NULL,
    is_comp     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE pt_session IS 'One-to-one personal training (PT) sessions';
COMMENT ON COLUMN pt_session.trainer_id IS 'staff.staff_id of the personal trainer (not enforced)';
COMMENT ON COLUMN pt_session.price IS 'price charged to the member, USD';
COMMENT ON COLUMN pt_session.is_comp IS 'true = free complimentary intro session (price 0)';

INSERT INTO pt_session (pt_id, mbr_id, trainer_id, club_id, sess_start, sess_end, price, is_comp)
WITH b AS (
    SELECT g, 1 + g % 6 AS club_id,
           6 * (1 + (g * 13) % 149) + g % 6 AS mbr_id,
           (ARRAY[30, 45, 60, 60])[1 + g % 4] AS dur,
           g % 12 = 0 AS comp
    FROM generate_series(1, 1600) AS g
), t AS (
    SELECT b.*,
           (b.club_id - 1) * 8 + 6 + (b.g / 6) % 3 AS trainer_id,
           (greatest(m.join_dt, date '2024-01-02') + (b.g * 11) % 240)
               + (6 + (b.g * 5) % 14) * interval '1 hour' + (b.g % 2) * interval '30 minutes' AS st,
           least(coalesce(m.cancel_dt, date '2025-11-30'), date '2025-11-30') AS last_day
    FROM b JOIN mbr m ON m.mbr_id = b.mbr_id
)
SELECT row_number() OVER (ORDER BY st, g), mbr_id, trainer_id, club_id,
       st AT TIME ZONE 'UTC',
       (st + (dur + CASE WHEN g % 7 = 0 THEN 10 ELSE 0 END) * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN comp THEN 0
            ELSE CASE dur WHEN 30 THEN 45.00 WHEN 45 THEN 60.00 ELSE 75.00 END
                 + CASE WHEN club_id = 1 THEN 10 ELSE 0 END END,
       comp
FROM t
WHERE st::date <= last_day;
