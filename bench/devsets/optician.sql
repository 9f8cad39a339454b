-- Made-up schema: an independent optician's practice (UK, prices in GBP): patients, staff,
-- eye examinations, prescriptions, frames stock, spectacle / contact-lens orders, lab jobs,
-- recall reminders and payments. Data are deterministic (generate_series and modulo arithmetic,
-- no random()); data cut-off is 2026-11-30 (appointments after that are only booked).
-- Times are entered as UK local time (Europe/London). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS rcl;
DROP TABLE IF EXISTS lab_job;
DROP TABLE IF EXISTS ord;
DROP TABLE IF EXISTS frm;
DROP TABLE IF EXISTS rx;
DROP TABLE IF EXISTS exam;
DROP TABLE IF EXISTS stf;
DROP TABLE IF EXISTS pt;

-- ---------------------------------------------------------------- pt (patients)
CREATE TABLE pt (
    pt_id   integer PRIMARY KEY,
    f_nm    text NOT NULL,
    l_nm    text NOT NULL,
    dob     date NOT NULL,
    sex     char(1) NOT NULL,
    email   text,
    mob_no  varchar(15),
    diab    boolean NOT NULL DEFAULT false,
    rcl_ok  boolean NOT NULL DEFAULT true,
    reg_dt  date NOT NULL
);
COMMENT ON TABLE pt IS 'Patients registered with the practice';
COMMENT ON COLUMN pt.dob IS 'date of birth';
COMMENT ON COLUMN pt.sex IS 'F = female, M = male, X = not stated';
COMMENT ON COLUMN pt.email IS 'email address; NULL = patient gave no email';
COMMENT ON COLUMN pt.mob_no IS 'mobile number; NULL = none given';
COMMENT ON COLUMN pt.diab IS 'true = patient is diabetic (yearly recall, NHS-funded sight tests)';
COMMENT ON COLUMN pt.rcl_ok IS 'true = patient agreed to be sent recall reminders';
COMMENT ON COLUMN pt.reg_dt IS 'date the patient registered with the practice';

INSERT INTO pt (pt_id, f_nm, l_nm, dob, sex, email, mob_no, diab, rcl_ok, reg_dt)
SELECT p,
       CASE sx WHEN 'F' THEN (ARRAY['Margaret','Susan','Emily','Aisha','Joan','Priya','Hannah','Olivia',
                                    'Barbara','Niamh','Fatima','Lucy','Sarah','Ewa','Grace','Ruth'])[1 + (p * 7) % 16]
               WHEN 'M' THEN (ARRAY['David','Peter','James','Mohammed','Alan','Raj','Thomas','Oliver',
                                    'Brian','Connor','Yusuf','Harry','Michael','Piotr','Samuel','Keith'])[1 + (p * 5) % 16]
               ELSE (ARRAY['Alex','Sam','Jordan','Robin'])[1 + p % 4] END,
       ln, d,
       sx,
       CASE WHEN p % 5 = 0 THEN NULL
            ELSE lower(ln) || (p % 89)::text || '@'
                 || (ARRAY['gmail.com','hotmail.co.uk','btinternet.com','outlook.com','yahoo.co.uk','icloud.com'])[1 + p % 6] END,
       CASE WHEN p % 9 = 4 THEN NULL ELSE '07' || lpad(((p::bigint * 386587) % 1000000000)::text, 9, '0') END,
       p % 13 = 0,
       p % 7 <> 3,
       date '2024-07-01' + ((p - 1) * 880) / 600
FROM (
    SELECT p,
           CASE WHEN p % 29 = 0 THEN 'X' WHEN (p * 3) % 5 < 3 THEN 'F' ELSE 'M' END AS sx,
           date '1938-03-01' + (p * 7919) % 29500 AS d,
           (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Evans','Thomas','Johnson','Roberts','Walker',
                  'Wright','Robinson','Thompson','White','Hughes','Edwards','Green','Hall','Wood','Harris',
                  'Khan','Patel','Nowak','Okafor','Murphy','O''Brien','Clarke','Singh','Ali','Lewis'])[1 + (p * 11) % 30] AS ln
    FROM generate_series(1, 600) AS p
) s;

-- ---------------------------------------------------------------- stf (staff)
CREATE TABLE stf (
    stf_id  smallint PRIMARY KEY,
    stf_nm  text NOT NULL,
    role    char(2) NOT NULL,
    goc_no  varchar(10),
    st_dt   date NOT NULL,
    end_dt  date
);
COMMENT ON TABLE stf IS 'Practice staff';
COMMENT ON COLUMN stf.role IS 'OO = optometrist, CO = contact lens optician, DO = dispensing optician, OA = optical assistant';
COMMENT ON COLUMN stf.goc_no IS 'General Optical Council registration number; NULL = not a registered professional';
COMMENT ON COLUMN stf.st_dt IS 'first working day at the practice';
COMMENT ON COLUMN stf.end_dt IS 'last working day; NULL = still works here';

INSERT INTO stf (stf_id, stf_nm, role, goc_no, st_dt, end_dt) VALUES
    (1, 'Helen Carter',  'OO', '01-18273', date '2015-05-01', NULL),
    (2, 'Rajesh Iyer',   'OO', '01-22914', date '2019-09-02', NULL),
    (3, 'Fiona Grant',   'OO', '01-25530', date '2023-01-09', date '2026-03-31'),
    (4, 'Ben Okoro',     'OO', '01-31702', date '2026-04-13', NULL),
    (5, 'Laura Mills',   'CO', '02-09148', date '2021-02-01', NULL),
    (6, 'Sam Doyle',     'DO', '02-11385', date '2020-06-15', NULL),
    (7, 'Katie Rowe',    'DO', '02-14720', date '2024-03-04', NULL),
    (8, 'Jess Patel',    'OA', NULL,       date '2025-05-19', NULL),
    (9, 'Omar Haddad',   'OO', '01-33056', date '2026-11-23', NULL);

-- ---------------------------------------------------------------- exam (eye examinations)
-- stf_id deliberately has no foreign key.
CREATE TABLE exam (
    exam_id   integer PRIMARY KEY,
    pt_id     integer NOT NULL REFERENCES pt (pt_id),
    stf_id    smallint NOT NULL,
    exam_ts   timestamptz NOT NULL,
    exam_typ  char(2) NOT NULL,
    st        char(1) NOT NULL,
    nhs       boolean NOT NULL DEFAULT false,
    fee       numeric(6,2) NOT NULL,
    iop_r     numeric(4,1),
    iop_l     numeric(4,1),
    rfr       char(1)
);
COMMENT ON TABLE exam IS 'Eye examinations and other clinical appointments (booked, attended, missed or cancelled)';
COMMENT ON COLUMN exam.stf_id IS 'stf.stf_id of the clinician who sees the patient';
COMMENT ON COLUMN exam.exam_ts IS 'appointment date and start time';
COMMENT ON COLUMN exam.exam_typ IS 'ST = full sight test, CL = contact lens check / aftercare, EM = urgent appointment (red or painful eye, flashes and floaters), FU = follow-up (repeat of part of a test)';
COMMENT ON COLUMN exam.st IS 'B = booked (not happened yet), C = completed, D = did not attend (no-show), X = cancelled';
COMMENT ON COLUMN exam.nhs IS 'true = NHS-funded sight test (the practice claims the fee from the NHS, patient pays nothing)';
COMMENT ON COLUMN exam.fee IS 'fee for the appointment, GBP (the NHS fee when nhs is true)';
COMMENT ON COLUMN exam.iop_r IS 'right eye pressure, mmHg; NULL = not measured';
COMMENT ON COLUMN exam.iop_l IS 'left eye pressure, mmHg; NULL = not measured';
COMMENT ON COLUMN exam.rfr IS 'referral made: G = letter to the GP, H = routine hospital eye referral, U = urgent hospital referral; NULL = not referred';

INSERT INTO exam (exam_id, pt_id, stf_id, exam_ts, exam_typ, st, nhs, fee, iop_r, iop_l, rfr)
SELECT e, pid,
       CASE WHEN typ = 'CL' AND e % 3 <> 0 THEN 5
            WHEN d >= date '2026-12-01' AND e % 7 = 0 THEN 9
            WHEN e % 5 IN (0, 1) THEN 1
            WHEN e % 5 IN (2, 3) THEN 2
            WHEN d <= date '2026-03-31' THEN 3
            WHEN d < date '2026-04-13' THEN 1
            ELSE 4 END,
       (d + time '09:00' + ((e * 5) % 16) * interval '30 minutes') AT TIME ZONE 'Europe/London',
       typ, st,
       typ = 'ST' AND (age < 16 OR age >= 60 OR diab),
       CASE WHEN typ = 'ST' AND (age < 16 OR age >= 60 OR diab) THEN 23.14
            WHEN typ = 'ST' THEN CASE WHEN d < date '2026-01-01' THEN 30.00 ELSE 32.00 END
            WHEN typ = 'CL' THEN 40.00
            WHEN typ = 'EM' THEN 35.00
            ELSE 0.00 END,
       CASE WHEN st = 'C' AND ((typ = 'ST' AND age >= 40) OR typ = 'EM')
            THEN 11 + (e * 7) % 9 + CASE WHEN e % 11 = 0 THEN 8 ELSE 0 END + (e % 2) * 0.5 END,
       CASE WHEN st = 'C' AND ((typ = 'ST' AND age >= 40) OR typ = 'EM')
            THEN 10 + (e * 3) % 10 + CASE WHEN e % 13 = 0 THEN 9 ELSE 0 END + ((e / 2) % 2) * 0.5 END,
       NULL
FROM (
    SELECT e, d, pid, typ, diab, date_part('year', age(d, dob))::int AS age,
           CASE WHEN d >= date '2026-12-01' THEN 'B'
                WHEN e % 23 = 7 THEN 'X'
                WHEN e % 17 = 5 OR e % 41 = 11 OR (typ = 'CL' AND e % 11 = 2) THEN 'D'
                ELSE 'C' END AS st
    FROM (
        -- a patient never has two appointments on one day
        SELECT e, d, typ,
               CASE WHEN row_number() OVER (PARTITION BY pid0, d ORDER BY e) > 1 THEN 1 + (pid0 + 300) % 600 ELSE pid0 END AS pid
        FROM (
            SELECT e,
                   CASE WHEN extract(isodow FROM d0) = 7 THEN d0 + 1 ELSE d0 END AS d,
                   1 + ((e * e * 7 + e * 13) % 587 + (e + 1) / 3) % 600 AS pid0,
                   CASE WHEN e % 20 < 13 THEN 'ST' WHEN e % 20 < 17 THEN 'CL' WHEN e % 20 = 17 THEN 'EM' ELSE 'FU' END AS typ
            FROM (SELECT e, date '2025-01-02' + ((e - 1) * 721) / 1400 AS d0
                  FROM generate_series(1, 1400) AS e) g
        ) a0
    ) a
    JOIN pt ON pt.pt_id = a.pid
) b;

UPDATE exam SET rfr = CASE
        WHEN exam_typ = 'EM' AND exam_id % 3 = 0 THEN 'U'
        WHEN iop_r > 21 OR iop_l > 21 THEN 'H'
        WHEN exam_id % 29 = 3 THEN 'G'
        WHEN exam_id % 61 = 10 THEN 'U'
        WHEN exam_id % 47 = 20 THEN 'H'
    END
WHERE st = 'C';

-- a patient's registration date is never after their first appointment
UPDATE pt SET reg_dt = f.first_dt
FROM (SELECT pt_id, min((exam_ts AT TIME ZONE 'Europe/London')::date) - 3 AS first_dt FROM exam GROUP BY pt_id) f
WHERE f.pt_id = pt.pt_id AND f.first_dt < pt.reg_dt;

-- ---------------------------------------------------------------- rx (prescriptions)
CREATE TABLE rx (
    rx_id    integer PRIMARY KEY,
    exam_id  integer NOT NULL REFERENCES exam (exam_id),
    pt_id    integer NOT NULL REFERENCES pt (pt_id),
    iss_dt   date NOT NULL,
    rx_typ   char(1) NOT NULL,
    sph_r    numeric(5,2) NOT NULL,
    cyl_r    numeric(5,2),
    ax_r     smallint,
    sph_l    numeric(5,2) NOT NULL,
    cyl_l    numeric(5,2),
    ax_l     smallint,
    add_pwr  numeric(4,2),
    exp_dt   date NOT NULL,
    chg      boolean NOT NULL
);
COMMENT ON TABLE rx IS 'Prescriptions issued after an examination';
COMMENT ON COLUMN rx.iss_dt IS 'date issued';
COMMENT ON COLUMN rx.rx_typ IS 'S = spectacle prescription, C = contact lens specification';
COMMENT ON COLUMN rx.sph_r IS 'sphere, right eye, dioptres (minus = short-sighted)';
COMMENT ON COLUMN rx.cyl_r IS 'cylinder (astigmatism), right eye; NULL = no astigmatism';
COMMENT ON COLUMN rx.add_pwr IS 'reading addition; NULL = no reading addition (patient does not need varifocals / bifocals)';
COMMENT ON COLUMN rx.exp_dt IS 'date the prescription runs out (the patient is due a new test)';
COMMENT ON COLUMN rx.chg IS 'true = prescription changed since the previous one';

INSERT INTO rx (rx_id, exam_id, pt_id, iss_dt, rx_typ, sph_r, cyl_r, ax_r, sph_l, cyl_l, ax_l, add_pwr, exp_dt, chg)
SELECT row_number() OVER (ORDER BY exam_id), exam_id, pt_id, d,
       CASE WHEN exam_typ = 'CL' THEN 'C' ELSE 'S' END,
       sr,
       CASE WHEN pt_id % 3 = 0 THEN NULL ELSE -0.25 * (1 + pt_id % 8) END,
       CASE WHEN pt_id % 3 = 0 THEN NULL ELSE 1 + (pt_id * 17) % 180 END,
       sr + ((pt_id % 5) - 2) * 0.25,
       CASE WHEN pt_id % 4 = 1 THEN NULL ELSE -0.25 * (1 + (pt_id * 3) % 7) END,
       CASE WHEN pt_id % 4 = 1 THEN NULL ELSE 1 + (pt_id * 29) % 180 END,
       CASE WHEN age >= 45 THEN 0.75 + 0.25 * floor(least(age - 45, 20) / 4.0) END,
       CASE WHEN exam_typ = 'CL' OR age < 16 OR age >= 70 OR diab THEN d + interval '1 year'
            ELSE d + interval '2 years' END,
       exam_id % 3 <> 1
FROM (
    SELECT x.exam_id, x.pt_id, x.exam_typ, p.diab,
           (x.exam_ts AT TIME ZONE 'Europe/London')::date AS d,
           date_part('year', age(x.exam_ts, p.dob))::int AS age,
           -6.00 + ((x.pt_id * 13) % 41) * 0.25 + ((x.exam_id % 3) - 1) * 0.25 AS sr
    FROM exam x JOIN pt p ON p.pt_id = x.pt_id
    WHERE x.st = 'C' AND x.exam_typ IN ('ST', 'CL', 'FU')
) s;

-- ---------------------------------------------------------------- frm (frames stock)
CREATE TABLE frm (
    frm_id   integer PRIMARY KEY,
    brand    text NOT NULL,
    mdl      varchar(20) NOT NULL,
    col      varchar(20) NOT NULL,
    mat      char(1) NOT NULL,
    sup_cd   char(3) NOT NULL,
    cost     numeric(7,2) NOT NULL,
    rrp      numeric(7,2) NOT NULL,
    qty_oh   smallint NOT NULL,
    min_qty  smallint NOT NULL,
    disc     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE frm IS 'Frames stock (spectacle frames and sunglasses on display)';
COMMENT ON COLUMN frm.mdl IS 'model code';
COMMENT ON COLUMN frm.col IS 'colour';
COMMENT ON COLUMN frm.mat IS 'A = acetate (plastic), M = metal, T = titanium, R = rimless';
COMMENT ON COLUMN frm.sup_cd IS 'supplier: SAF = Safilo, MRC = Marchon, LUX = Luxottica, OWN = own-label supplier';
COMMENT ON COLUMN frm.cost IS 'what one frame costs us, GBP';
COMMENT ON COLUMN frm.rrp IS 'selling price, GBP';
COMMENT ON COLUMN frm.qty_oh IS 'quantity on hand';
COMMENT ON COLUMN frm.min_qty IS 'minimum stock level: reorder when qty_oh falls to this or below';
COMMENT ON COLUMN frm.disc IS 'true = discontinued, no longer reordered from the supplier';

INSERT INTO frm (frm_id, brand, mdl, col, mat, sup_cd, cost, rrp, qty_oh, min_qty, disc)
SELECT f, b.brand,
       upper(left(b.brand, 2)) || '-' || (100 + (f * 37) % 900)::text,
       (ARRAY['black','tortoiseshell','gunmetal','gold','navy','clear','burgundy','silver','havana','green'])[1 + (f * 3) % 10],
       CASE WHEN b.brand = 'Silhouette' THEN 'R'
            WHEN b.brand = 'Lindberg' THEN 'T'
            ELSE (ARRAY['A','A','M','A','T','M','A'])[1 + f % 7] END,
       b.sup,
       b.base + (f * 13) % 25,
       ceil((b.base + (f * 13) % 25) * 2.6 / 5) * 5 - 0.01,
       (f * 7) % 9,
       1 + f % 3,
       f % 11 = 0
FROM generate_series(1, 90) AS f
JOIN (VALUES (0, 'Hilltop',    'OWN', 14), (1, 'Hilltop',    'OWN', 14), (2, 'Ray-Ban',  'LUX', 42),
             (3, 'Oakley',     'LUX', 48), (4, 'Carrera',    'SAF', 36), (5, 'Hilltop',  'OWN', 14),
             (6, 'Calvin Klein','MRC', 34), (7, 'Silhouette', 'SAF', 95), (8, 'Ray-Ban',  'LUX', 42),
             (9, 'Lindberg',   'OWN', 150), (10, 'Boss',      'SAF', 40), (11, 'Nike',   'MRC', 30),
             (12, 'Hilltop',   'OWN', 14)) AS b (k, brand, sup, base)
  ON b.k = (f * 7) % 13;

-- ---------------------------------------------------------------- ord (orders)
CREATE TABLE ord (
    ord_id      integer PRIMARY KEY,
    pt_id       integer NOT NULL REFERENCES pt (pt_id),
    rx_id       integer REFERENCES rx (rx_id),
    frm_id      integer REFERENCES frm (frm_id),
    ord_typ     char(1) NOT NULL,
    lens_typ    char(2),
    ar_coat     boolean NOT NULL DEFAULT false,
    ord_dt      date NOT NULL,
    tot_amt     numeric(8,2) NOT NULL,
    nhs_vch     numeric(6,2),
    dsp_stf_id  smallint NOT NULL REFERENCES stf (stf_id),
    st          char(1) NOT NULL,
    coll_dt     date
);
COMMENT ON TABLE ord IS 'Orders for spectacles, contact lenses and sunglasses';
COMMENT ON COLUMN ord.rx_id IS 'prescription the order is made up to; NULL = non-prescription item';
COMMENT ON COLUMN ord.frm_id IS 'frame sold from stock; NULL = no frame sold (contact lenses, or new lenses in the patient''s own frame)';
COMMENT ON COLUMN ord.ord_typ IS 'S = spectacles (frame + lenses), R = reglaze (new lenses in patient''s own frame), C = contact lenses, N = non-prescription sunglasses';
COMMENT ON COLUMN ord.lens_typ IS 'SV = single vision, BF = bifocal, VF = varifocal, CL = contact lenses; NULL = no lenses made (non-prescription sunglasses)';
COMMENT ON COLUMN ord.ar_coat IS 'true = anti-reflection coating on the lenses';
COMMENT ON COLUMN ord.ord_dt IS 'date ordered';
COMMENT ON COLUMN ord.tot_amt IS 'order total, GBP, before any NHS voucher';
COMMENT ON COLUMN ord.nhs_vch IS 'value of the NHS optical voucher put towards the order, GBP (the NHS pays it to us); NULL = no voucher';
COMMENT ON COLUMN ord.dsp_stf_id IS 'member of staff who dispensed the order';
COMMENT ON COLUMN ord.st IS 'O = on order / at the lab, R = ready to collect, C = collected, X = cancelled';
COMMENT ON COLUMN ord.coll_dt IS 'date the patient collected the order; NULL = not collected';

INSERT INTO ord (ord_id, pt_id, rx_id, frm_id, ord_typ, lens_typ, ar_coat, ord_dt, tot_amt, nhs_vch, dsp_stf_id, st, coll_dt)
SELECT k, o.pt_id, o.rx_id, o.frm_id, typ, lens, coat, dt,
       CASE typ WHEN 'S' THEN fr.rrp + lp + CASE WHEN coat THEN 35 ELSE 0 END
                WHEN 'R' THEN 25 + lp + CASE WHEN coat THEN 35 ELSE 0 END
                WHEN 'C' THEN 90 + (k % 4) * 30
                ELSE fr.rrp END,
       CASE WHEN typ IN ('S', 'R') AND vch_ok THEN CASE WHEN lens = 'SV' THEN 42.40 ELSE 73.50 END END,
       CASE WHEN typ = 'C' THEN 5
            WHEN k % 5 IN (0, 1) THEN 6
            WHEN k % 5 IN (2, 3) OR dt < date '2025-05-19' THEN 7
            ELSE 8 END,
       CASE WHEN k % 29 = 0 THEN 'X' ELSE 'O' END,
       NULL
FROM (
    SELECT row_number() OVER (ORDER BY dt, src) AS k, u.*
    FROM (
        SELECT 'rx' || r.rx_id AS src, r.pt_id, r.rx_id,
               CASE WHEN r.rx_typ = 'C' THEN 'C' WHEN r.rx_id % 9 = 0 THEN 'R' ELSE 'S' END AS typ,
               CASE WHEN r.rx_typ = 'C' OR r.rx_id % 9 = 0 THEN NULL
                    ELSE 1 + ((r.rx_id * r.rx_id * 3 + r.rx_id * 7) % 89 + r.rx_id / 41) % 78 END AS frm_id,
               CASE WHEN r.rx_typ = 'C' THEN 'CL'
                    WHEN r.add_pwr IS NULL THEN 'SV'
                    WHEN r.rx_id % 3 = 0 THEN 'BF' ELSE 'VF' END AS lens,
               r.rx_typ = 'S' AND r.rx_id % 4 <> 0 AS coat,
               r.iss_dt + r.rx_id % 5 AS dt,
               CASE WHEN r.rx_typ = 'C' THEN 0 WHEN r.add_pwr IS NULL THEN 60 WHEN r.rx_id % 3 = 0 THEN 110 ELSE 220 END AS lp,
               (date_part('year', age(r.iss_dt, p.dob)) < 16 OR p.pt_id % 10 = 0) AS vch_ok
        FROM rx r JOIN pt p ON p.pt_id = r.pt_id
        WHERE (r.rx_id * 7) % 10 < 6 AND r.iss_dt + r.rx_id % 5 <= date '2026-11-30'
        UNION ALL
        SELECT 'sg' || n, 1 + (n * 53) % 590, NULL, 'N',
               1 + (n * n * 5 + n) % 90, NULL, false,
               date '2025-03-10' + (n * 17) % 600, 0, false
        FROM generate_series(1, 45) AS n
    ) u
) o
JOIN frm fr ON fr.frm_id = coalesce(o.frm_id, 1);

-- ---------------------------------------------------------------- lab_job (lens jobs sent to the lab)
CREATE TABLE lab_job (
    job_id   integer PRIMARY KEY,
    ord_id   integer NOT NULL REFERENCES ord (ord_id),
    lab_cd   char(3) NOT NULL,
    sent_dt  date NOT NULL,
    due_dt   date NOT NULL,
    rcvd_dt  date,
    rmk      boolean NOT NULL DEFAULT false,
    rmk_rsn  char(1),
    cost     numeric(7,2) NOT NULL
);
COMMENT ON TABLE lab_job IS 'Lens jobs sent to a glazing lab for spectacle orders (a remake is a new job for the same order)';
COMMENT ON COLUMN lab_job.lab_cd IS 'ESS = Essilor, ZEI = Zeiss, HOY = Hoya, INH = our own in-house glazing bench';
COMMENT ON COLUMN lab_job.sent_dt IS 'date the job was sent to the lab';
COMMENT ON COLUMN lab_job.due_dt IS 'date the lab promised the job back';
COMMENT ON COLUMN lab_job.rcvd_dt IS 'date the finished job came back; NULL = not back from the lab yet';
COMMENT ON COLUMN lab_job.rmk IS 'true = remake of an earlier faulty job';
COMMENT ON COLUMN lab_job.rmk_rsn IS 'why it was remade: P = wrong power, C = centration / fitting error, D = lenses damaged or scratched, F = frame broken in glazing; NULL = not a remake';
COMMENT ON COLUMN lab_job.cost IS 'what the lab charges us, GBP';

-- first jobs
INSERT INTO lab_job (job_id, ord_id, lab_cd, sent_dt, due_dt, rcvd_dt, rmk, rmk_rsn, cost)
SELECT o.ord_id, o.ord_id, l.lab,
       o.ord_dt + o.ord_id % 2,
       o.ord_dt + o.ord_id % 2 + l.promise,
       CASE WHEN o.ord_dt + o.ord_id % 2 + l.promise + (o.ord_id % 5) - 2 + CASE WHEN o.ord_id % 13 = 0 THEN 6 ELSE 0 END <= date '2026-11-30'
            THEN o.ord_dt + o.ord_id % 2 + l.promise + (o.ord_id % 5) - 2 + CASE WHEN o.ord_id % 13 = 0 THEN 6 ELSE 0 END END,
       false, NULL,
       CASE o.lens_typ WHEN 'SV' THEN 18 WHEN 'BF' THEN 34 ELSE 78 END
         + CASE WHEN o.ar_coat THEN 9 ELSE 0 END + (o.ord_id % 4) * 1.5
FROM ord o
CROSS JOIN LATERAL (
    SELECT CASE WHEN o.lens_typ = 'SV' AND o.ord_id % 3 = 0 THEN 'INH'
                WHEN o.lens_typ = 'SV' AND o.ord_id % 3 = 1 THEN 'HOY'
                WHEN o.lens_typ = 'SV' THEN 'ESS'
                WHEN o.lens_typ = 'BF' THEN 'HOY'
                WHEN o.ord_id % 2 = 0 THEN 'ZEI' ELSE 'ESS' END AS lab
) l0
CROSS JOIN LATERAL (
    SELECT l0.lab, CASE l0.lab WHEN 'INH' THEN 2 WHEN 'ESS' THEN 7 WHEN 'ZEI' THEN 10 ELSE 8 END AS promise
) l
WHERE o.ord_typ IN ('S', 'R') AND o.st <> 'X';

-- remakes: sent back the day after the faulty job arrived
INSERT INTO lab_job (job_id, ord_id, lab_cd, sent_dt, due_dt, rcvd_dt, rmk, rmk_rsn, cost)
SELECT 10000 + j.ord_id, j.ord_id, j.lab_cd,
       j.rcvd_dt + 1,
       j.rcvd_dt + 1 + (j.due_dt - j.sent_dt),
       CASE WHEN j.rcvd_dt + 1 + (j.due_dt - j.sent_dt) + (j.ord_id % 3) - 1 <= date '2026-11-30'
            THEN j.rcvd_dt + 1 + (j.due_dt - j.sent_dt) + (j.ord_id % 3) - 1 END,
       true,
       (ARRAY['P','C','C','D','P','F','C','D','P'])[1 + (j.ord_id / 7) % 9],
       CASE WHEN (j.ord_id / 7) % 9 IN (0, 4, 8) THEN 0 ELSE j.cost END
FROM lab_job j
WHERE j.rcvd_dt IS NOT NULL AND (j.ord_id % 14 = 0 OR j.ord_id % 33 = 5 OR (j.lab_cd = 'INH' AND j.ord_id % 10 = 3));

-- renumber jobs in the order they were sent
CREATE TABLE lab_job_tmp AS
SELECT row_number() OVER (ORDER BY sent_dt, job_id)::int AS job_id, ord_id, lab_cd, sent_dt, due_dt, rcvd_dt, rmk, rmk_rsn, cost
FROM lab_job;
DELETE FROM lab_job;
INSERT INTO lab_job SELECT * FROM lab_job_tmp;
DROP TABLE lab_job_tmp;

-- order status follows the lab: ready when the last job is back, collected a few days later
UPDATE ord o SET
    st = CASE WHEN r.ready_dt IS NULL OR r.ready_dt > date '2026-11-30' THEN 'O'
              WHEN o.ord_id % 37 = 0 OR r.ready_dt + 1 + (o.ord_id * 3) % 11 > date '2026-11-30' THEN 'R'
              ELSE 'C' END,
    coll_dt = CASE WHEN r.ready_dt IS NULL OR r.ready_dt > date '2026-11-30' OR o.ord_id % 37 = 0
                        OR r.ready_dt + 1 + (o.ord_id * 3) % 11 > date '2026-11-30' THEN NULL
                   ELSE r.ready_dt + 1 + (o.ord_id * 3) % 11 END
FROM (
    SELECT o2.ord_id,
           CASE WHEN o2.ord_typ = 'N' THEN o2.ord_dt - 1
                WHEN o2.ord_typ = 'C' THEN o2.ord_dt + 2
                WHEN bool_and(j.rcvd_dt IS NOT NULL) THEN max(j.rcvd_dt) END AS ready_dt
    FROM ord o2 LEFT JOIN lab_job j ON j.ord_id = o2.ord_id
    GROUP BY o2.ord_id
) r
WHERE r.ord_id = o.ord_id AND o.st <> 'X';

-- sunglasses off the shelf are taken away the day they are bought
UPDATE ord SET coll_dt = ord_dt WHERE ord_typ = 'N' AND st = 'C';

-- ---------------------------------------------------------------- rcl (recall reminders)
-- bkd_exam_id deliberately has no foreign key.
CREATE TABLE rcl (
    rcl_id       integer PRIMARY KEY,
    pt_id        integer NOT NULL REFERENCES pt (pt_id),
    rcl_typ      char(2) NOT NULL,
    due_dt       date NOT NULL,
    chan         char(1) NOT NULL,
    sent_dt      date,
    bkd_exam_id  integer
);
COMMENT ON TABLE rcl IS 'Recalls: when each patient is next due back, and the reminder we send them';
COMMENT ON COLUMN rcl.rcl_typ IS 'ST = due a sight test, CL = due a contact lens check';
COMMENT ON COLUMN rcl.due_dt IS 'date the patient is due back';
COMMENT ON COLUMN rcl.chan IS 'how the reminder is sent: E = email, S = text message (SMS), L = letter';
COMMENT ON COLUMN rcl.sent_dt IS 'date the reminder was sent; NULL = reminder not sent yet';
COMMENT ON COLUMN rcl.bkd_exam_id IS 'exam.exam_id of the appointment the patient booked in response; NULL = not booked';

INSERT INTO rcl (rcl_id, pt_id, rcl_typ, due_dt, chan, sent_dt, bkd_exam_id)
SELECT row_number() OVER (ORDER BY s.due_dt, s.exam_id), s.pt_id, s.typ, s.due_dt, s.chan,
       CASE WHEN s.rcl_ok AND s.due_dt - 21 <= date '2026-11-30' AND s.exam_id % 19 <> 4 THEN s.due_dt - 21 END,
       NULL
FROM (
    SELECT x.exam_id, x.pt_id, x.exam_typ AS typ, p.rcl_ok,
           CASE WHEN p.email IS NOT NULL AND p.pt_id % 3 <> 0 THEN 'E'
                WHEN p.mob_no IS NOT NULL AND p.pt_id % 4 <> 0 THEN 'S' ELSE 'L' END AS chan,
           (CASE WHEN x.exam_typ = 'CL' OR p.diab OR date_part('year', age(x.exam_ts, p.dob)) < 16
                      OR date_part('year', age(x.exam_ts, p.dob)) >= 70
                 THEN (x.exam_ts AT TIME ZONE 'Europe/London')::date + interval '1 year'
                 ELSE (x.exam_ts AT TIME ZONE 'Europe/London')::date + interval '2 years' END)::date AS due_dt
    FROM exam x JOIN pt p ON p.pt_id = x.pt_id
    WHERE x.st = 'C' AND x.exam_typ IN ('ST', 'CL')
) s;

-- the booking that followed a reminder: the patient's first appointment of that type from
-- the day the reminder went out (email works best, letters worst)
UPDATE rcl r SET bkd_exam_id = b.exam_id
FROM (
    SELECT r2.rcl_id,
           (SELECT min(x.exam_id) FROM exam x
            WHERE x.pt_id = r2.pt_id AND x.exam_typ = r2.rcl_typ AND x.st <> 'X'
              AND (x.exam_ts AT TIME ZONE 'Europe/London')::date >= r2.sent_dt) AS exam_id
    FROM rcl r2
    WHERE r2.sent_dt IS NOT NULL
) b
WHERE b.rcl_id = r.rcl_id
  AND NOT (r.chan = 'L' AND r.rcl_id % 3 <> 0)
  AND NOT (r.chan = 'S' AND r.rcl_id % 4 = 1);

-- ---------------------------------------------------------------- pmt (payments)
CREATE TABLE pmt (
    pmt_id   integer PRIMARY KEY,
    pt_id    integer NOT NULL REFERENCES pt (pt_id),
    ord_id   integer REFERENCES ord (ord_id),
    exam_id  integer REFERENCES exam (exam_id),
    pd_ts    timestamptz NOT NULL,
    amt      numeric(8,2) NOT NULL,
    mth      char(2) NOT NULL
);
COMMENT ON TABLE pmt IS 'Money received (and refunds paid out) for appointments and orders';
COMMENT ON COLUMN pmt.ord_id IS 'order paid for; NULL = payment for an appointment';
COMMENT ON COLUMN pmt.exam_id IS 'appointment paid for; NULL = payment towards an order';
COMMENT ON COLUMN pmt.pd_ts IS 'when the money was received or refunded';
COMMENT ON COLUMN pmt.amt IS 'amount, GBP; negative = refund';
COMMENT ON COLUMN pmt.mth IS 'CS = cash, CD = card, BT = bank transfer, NH = paid by the NHS (sight test fees and optical vouchers)';

INSERT INTO pmt (pmt_id, pt_id, ord_id, exam_id, pd_ts, amt, mth)
SELECT row_number() OVER (ORDER BY ts, src, part)::int, pt_id, ord_id, exam_id, ts, amt, mth
FROM (
    -- appointment fees paid by the patient at the end of the appointment
    SELECT 'e' || exam_id AS src, 1 AS part, pt_id, NULL::int AS ord_id, exam_id,
           exam_ts + interval '40 minutes' AS ts, fee AS amt,
           CASE WHEN exam_id % 6 = 0 THEN 'CS' ELSE 'CD' END AS mth
    FROM exam WHERE st = 'C' AND NOT nhs AND fee > 0
    UNION ALL
    -- NHS sight test fees: paid to the practice on the 15th of the following month
    SELECT 'e' || exam_id, 1, pt_id, NULL, exam_id,
           ((date_trunc('month', exam_ts AT TIME ZONE 'Europe/London') + interval '1 month 14 days 10 hours') AT TIME ZONE 'Europe/London'),
           fee, 'NH'
    FROM exam
    WHERE st = 'C' AND nhs
      AND date_trunc('month', exam_ts AT TIME ZONE 'Europe/London') + interval '1 month 14 days' <= timestamp '2026-11-30'
    UNION ALL
    -- deposit on the day of ordering (full price for contact lenses and sunglasses)
    SELECT 'o' || ord_id, 1, pt_id, ord_id, NULL,
           (ord_dt + time '10:15' + (ord_id % 13) * interval '25 minutes') AT TIME ZONE 'Europe/London',
           CASE WHEN ord_typ IN ('C', 'N') THEN tot_amt ELSE round((tot_amt - coalesce(nhs_vch, 0)) / 2, 2) END,
           CASE WHEN ord_typ = 'C' AND ord_id % 2 = 0 THEN 'BT' WHEN ord_id % 7 = 0 THEN 'CS' ELSE 'CD' END
    FROM ord
    UNION ALL
    -- balance on collection (a few were let go without paying the rest)
    SELECT 'o' || ord_id, 2, pt_id, ord_id, NULL,
           (coll_dt + time '11:30' + (ord_id % 11) * interval '30 minutes') AT TIME ZONE 'Europe/London',
           tot_amt - coalesce(nhs_vch, 0) - round((tot_amt - coalesce(nhs_vch, 0)) / 2, 2),
           CASE WHEN ord_id % 5 = 0 THEN 'CS' ELSE 'CD' END
    FROM ord WHERE st = 'C' AND ord_typ IN ('S', 'R') AND ord_id % 43 <> 0
    UNION ALL
    -- NHS voucher: paid to the practice about three weeks after collection
    SELECT 'o' || ord_id, 3, pt_id, ord_id, NULL,
           (coll_dt + 20 + time '09:00') AT TIME ZONE 'Europe/London',
           nhs_vch, 'NH'
    FROM ord WHERE st = 'C' AND nhs_vch IS NOT NULL AND coll_dt + 20 <= date '2026-11-30'
    UNION ALL
    -- cancelled orders: the deposit is refunded
    SELECT 'o' || ord_id, 4, pt_id, ord_id, NULL,
           (ord_dt + 3 + time '15:00') AT TIME ZONE 'Europe/London',
           -CASE WHEN ord_typ IN ('C', 'N') THEN tot_amt ELSE round((tot_amt - coalesce(nhs_vch, 0)) / 2, 2) END,
           CASE WHEN ord_typ = 'C' AND ord_id % 2 = 0 THEN 'BT' WHEN ord_id % 7 = 0 THEN 'CS' ELSE 'CD' END
    FROM ord WHERE st = 'X'
) u;
