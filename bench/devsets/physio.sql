-- Harbourside Physio: our practice database (PostgreSQL).
-- We run three clinics (Riverside, Town Centre and Ainsdale) with eight clinicians: physios,
-- one sports therapist and one massage therapist. Patients come to us referred by their GP,
-- on their own (self-referral) or through a health insurer; some insurers want an
-- authorisation code and only cover a set number of sessions.
-- Each problem a patient comes in with is an "episode" (a course of treatment): it starts with
-- an initial assessment, then follow-up sessions of 30 or 45 minutes until we discharge them.
-- While the course is still going the discharge date is empty.
-- Every appointment is attended, cancelled in good time, cancelled late (we charge a late
-- cancellation fee, sometimes waived) or a DNA (did not attend).
-- We invoice either the patient or their insurer, one invoice per chargeable appointment;
-- an invoice with no paid date is still outstanding.
-- Patients get home exercise programmes (paper, email or our app) and we record a pain score
-- (0-10) at the first session and at the last one.
-- Figures run from January 2024 up to 30 November 2026.

DROP TABLE IF EXISTS outcome_scores;
DROP TABLE IF EXISTS hep;
DROP TABLE IF EXISTS inv_lines;
DROP TABLE IF EXISTS invoice;
DROP TABLE IF EXISTS appt;
DROP TABLE IF EXISTS episodes;
DROP TABLE IF EXISTS patients;
DROP TABLE IF EXISTS svc_tariff;
DROP TABLE IF EXISTS gp_surgeries;
DROP TABLE IF EXISTS insurers;
DROP TABLE IF EXISTS clinician;
DROP TABLE IF EXISTS clinics;

-- ---------------------------------------------------------------- tables

CREATE TABLE clinics (
    clinic_id   integer PRIMARY KEY,
    clinic_name text NOT NULL,
    addr        text NOT NULL,
    postcode    text NOT NULL,
    phone       text,
    opened_dt   date NOT NULL,
    has_gym     boolean NOT NULL DEFAULT false,
    notes       text
);
COMMENT ON TABLE clinics IS 'Our three clinic sites.';
COMMENT ON COLUMN clinics.has_gym IS 'True if the site has a rehab gym we can use for sessions.';

CREATE TABLE clinician (
    clin_id   integer PRIMARY KEY,
    name      text NOT NULL,
    role      char(1) NOT NULL,
    clinic_id integer NOT NULL REFERENCES clinics(clinic_id),
    hcpc_no   text,
    start_dt  date NOT NULL,
    end_dt    date,
    active    boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE clinician IS 'Everyone who treats patients (physios, sports therapist, massage therapist).';
COMMENT ON COLUMN clinician.role IS 'Role: P = physiotherapist, S = sports therapist, M = massage therapist';
COMMENT ON COLUMN clinician.clinic_id IS 'Home clinic - where they normally work.';
COMMENT ON COLUMN clinician.hcpc_no IS 'HCPC registration number (physios only, empty for the others).';
COMMENT ON COLUMN clinician.end_dt IS 'Last day with us; empty while they still work here.';
COMMENT ON COLUMN clinician.active IS 'False once they have left.';

CREATE TABLE insurers (
    ins_id          integer PRIMARY KEY,
    ins_name        text NOT NULL,
    needs_auth      boolean NOT NULL,
    dflt_sess_limit integer,
    claims_email    text,
    acct_ref        text
);
COMMENT ON TABLE insurers IS 'Health insurers we are registered with as a provider.';
COMMENT ON COLUMN insurers.needs_auth IS 'True if the insurer has to give an authorisation code before treatment.';
COMMENT ON COLUMN insurers.dflt_sess_limit IS 'Number of sessions the insurer normally covers per course; empty = no set limit.';
COMMENT ON COLUMN insurers.acct_ref IS 'Our provider number with that insurer.';

CREATE TABLE gp_surgeries (
    gp_id         integer PRIMARY KEY,
    practice_name text NOT NULL,
    town          text NOT NULL,
    ods_code      text
);
COMMENT ON TABLE gp_surgeries IS 'Local GP practices our patients are registered with.';
COMMENT ON COLUMN gp_surgeries.ods_code IS 'NHS organisation code of the practice.';

CREATE TABLE svc_tariff (
    svc_code text PRIMARY KEY,
    descr    text NOT NULL,
    mins     integer,
    price    numeric(8,2) NOT NULL,
    active   boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE svc_tariff IS 'Price list: what we charge for each kind of session or extra. Prices shown are the current ones (they went up by 5 pounds in January 2025).';
COMMENT ON COLUMN svc_tariff.mins IS 'Length of the session in minutes; empty for extras and fees.';
COMMENT ON COLUMN svc_tariff.active IS 'False if we no longer offer it.';

CREATE TABLE patients (
    patient_id integer PRIMARY KEY,
    pt_name    text NOT NULL,
    dob        date,
    sex        char(1) NOT NULL,
    postcode   text,
    phone      text,
    email      text,
    gp_id      integer REFERENCES gp_surgeries(gp_id),
    ins_id     integer REFERENCES insurers(ins_id),
    policy_no  text,
    reg_dt     date NOT NULL,
    mkt_optin  boolean NOT NULL DEFAULT false,
    notes      text
);
COMMENT ON TABLE patients IS 'Everyone registered with the practice.';
COMMENT ON COLUMN patients.sex IS 'Sex: F = female, M = male, U = not stated';
COMMENT ON COLUMN patients.gp_id IS 'Their GP practice; empty if not known.';
COMMENT ON COLUMN patients.ins_id IS 'Health insurer, if they have private cover (empty = no insurance).';
COMMENT ON COLUMN patients.policy_no IS 'Membership / policy number with the insurer.';
COMMENT ON COLUMN patients.reg_dt IS 'Date they registered with us.';
COMMENT ON COLUMN patients.mkt_optin IS 'True if they agreed to our newsletter and marketing emails.';

CREATE TABLE episodes (
    ep_id        integer PRIMARY KEY,
    patient_id   integer NOT NULL REFERENCES patients(patient_id),
    clin_id      integer NOT NULL REFERENCES clinician(clin_id),
    clinic_id    integer NOT NULL REFERENCES clinics(clinic_id),
    ref_src      char(1) NOT NULL,
    ins_id       integer REFERENCES insurers(ins_id),
    auth_ref     text,
    sess_limit   integer,
    complaint    text NOT NULL,
    plan_sess    integer NOT NULL,
    opened_dt    date NOT NULL,
    discharge_dt date,
    dc_reason    char(1),
    notes        text
);
COMMENT ON TABLE episodes IS 'Courses of treatment: one per problem a patient comes to us with, from the initial assessment until discharge.';
COMMENT ON COLUMN episodes.clin_id IS 'Lead clinician for the course.';
COMMENT ON COLUMN episodes.ref_src IS 'Referral: G = referred by their GP, S = self-referral, I = through their insurer';
COMMENT ON COLUMN episodes.ins_id IS 'Insurer paying for the course (only for insurer referrals).';
COMMENT ON COLUMN episodes.auth_ref IS 'Authorisation code from the insurer, if they gave one.';
COMMENT ON COLUMN episodes.sess_limit IS 'Number of sessions the insurer authorised; empty = no limit.';
COMMENT ON COLUMN episodes.plan_sess IS 'Number of sessions planned at the assessment (including the assessment).';
COMMENT ON COLUMN episodes.opened_dt IS 'Date of the initial assessment.';
COMMENT ON COLUMN episodes.discharge_dt IS 'Date discharged; empty while the course is still open.';
COMMENT ON COLUMN episodes.dc_reason IS 'Discharge reason: G = goals met, S = self-discharged, N = discharged for non-attendance, R = referred on (consultant, scan); empty while open';

CREATE TABLE appt (
    appt_id      integer PRIMARY KEY,
    ep_id        integer NOT NULL REFERENCES episodes(ep_id),
    clin_id      integer NOT NULL REFERENCES clinician(clin_id),
    clinic_id    integer NOT NULL REFERENCES clinics(clinic_id),
    appt_at      timestamp NOT NULL,
    mins         integer NOT NULL,
    appt_type    char(1) NOT NULL,
    svc_code     text NOT NULL REFERENCES svc_tariff(svc_code),
    st           char(1) NOT NULL,
    late_fee_amt numeric(6,2),
    notes        text
);
COMMENT ON TABLE appt IS 'Appointments (sessions) booked within a course of treatment.';
COMMENT ON COLUMN appt.clin_id IS 'Clinician who took the session (usually the lead, sometimes cover).';
COMMENT ON COLUMN appt.appt_at IS 'Date and start time of the session.';
COMMENT ON COLUMN appt.mins IS 'Length in minutes (assessments 45, follow-ups 30 or 45).';
COMMENT ON COLUMN appt.appt_type IS 'Type: I = initial assessment, F = follow-up';
COMMENT ON COLUMN appt.st IS 'Status: A = attended, C = cancelled with notice, L = late cancellation (under 24 hours, fee charged), D = DNA (did not attend, no call)';
COMMENT ON COLUMN appt.late_fee_amt IS 'Late cancellation fee charged (only for late cancellations; 0 when we waived it).';

CREATE TABLE invoice (
    inv_no     integer PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patients(patient_id),
    ep_id      integer NOT NULL REFERENCES episodes(ep_id),
    bill_to    char(1) NOT NULL,
    ins_id     integer REFERENCES insurers(ins_id),
    inv_dt     date NOT NULL,
    due_dt     date NOT NULL,
    amt        numeric(10,2) NOT NULL DEFAULT 0,
    paid_dt    date,
    pay_method char(1),
    notes      text
);
COMMENT ON TABLE invoice IS 'Invoices, one per chargeable appointment (session or late cancellation fee).';
COMMENT ON COLUMN invoice.bill_to IS 'Who pays: P = the patient, I = the insurer';
COMMENT ON COLUMN invoice.ins_id IS 'Insurer invoiced (when bill_to = I).';
COMMENT ON COLUMN invoice.inv_dt IS 'Invoice date. Patient invoices are dated on the day; insurer invoices on the last day of the month.';
COMMENT ON COLUMN invoice.amt IS 'Invoice total in pounds (sum of its lines after discount).';
COMMENT ON COLUMN invoice.paid_dt IS 'Date paid; empty = still outstanding.';
COMMENT ON COLUMN invoice.pay_method IS 'Paid by: C = card, B = bank transfer, X = cash; empty while unpaid';

CREATE TABLE inv_lines (
    line_id    integer PRIMARY KEY,
    inv_no     integer NOT NULL REFERENCES invoice(inv_no),
    appt_id    integer REFERENCES appt(appt_id),
    svc_code   text NOT NULL REFERENCES svc_tariff(svc_code),
    qty        integer NOT NULL,
    unit_price numeric(8,2) NOT NULL,
    disc_pct   numeric(5,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE inv_lines IS 'Lines on an invoice.';
COMMENT ON COLUMN inv_lines.unit_price IS 'Price charged per unit at the time (before discount).';
COMMENT ON COLUMN inv_lines.disc_pct IS 'Discount in percent (10 or 15 for concessions, 100 for a goodwill no-charge session).';

CREATE TABLE hep (
    hep_id      integer PRIMARY KEY,
    ep_id       integer NOT NULL REFERENCES episodes(ep_id),
    clin_id     integer NOT NULL REFERENCES clinician(clin_id),
    issued_dt   date NOT NULL,
    n_exercises integer NOT NULL,
    via         char(1) NOT NULL,
    reviewed_dt date,
    notes       text
);
COMMENT ON TABLE hep IS 'Home exercise programmes given to patients.';
COMMENT ON COLUMN hep.clin_id IS 'Clinician who set the programme.';
COMMENT ON COLUMN hep.n_exercises IS 'Number of exercises in the programme.';
COMMENT ON COLUMN hep.via IS 'Sent via: P = printed sheet, E = email, A = our exercise app (since March 2025)';
COMMENT ON COLUMN hep.reviewed_dt IS 'Date we went through it again with the patient; empty = not reviewed yet.';

CREATE TABLE outcome_scores (
    score_id    integer PRIMARY KEY,
    ep_id       integer NOT NULL REFERENCES episodes(ep_id),
    appt_id     integer NOT NULL REFERENCES appt(appt_id),
    stage       char(1) NOT NULL,
    pain        integer NOT NULL CHECK (pain BETWEEN 0 AND 10),
    recorded_dt date NOT NULL
);
COMMENT ON TABLE outcome_scores IS 'Pain scores recorded at the first and the last session of a course.';
COMMENT ON COLUMN outcome_scores.stage IS 'When: F = first session (assessment), L = last session before discharge';
COMMENT ON COLUMN outcome_scores.pain IS 'Pain score 0-10 (0 = no pain, 10 = worst imaginable).';

-- ---------------------------------------------------------------- reference data

INSERT INTO clinics VALUES
 (1, 'Riverside',   '14 Harbour Road, Southport',        'PR8 1AB', '01704 550101', '2012-05-01', true,  NULL),
 (2, 'Town Centre', 'Unit 3, 88 Lord Street, Southport', 'PR8 1QE', '01704 550202', '2017-09-04', false, 'First floor, lift available'),
 (3, 'Ainsdale',    '2 Station Road, Ainsdale',          'PR8 3HH', '01704 550303', '2021-02-01', true,  NULL);

INSERT INTO clinician VALUES
 (1, 'Sarah Whitfield', 'P', 1, 'PH81234',  '2012-05-01', NULL,         true),
 (2, 'James Okafor',    'P', 1, 'PH95511',  '2018-01-08', NULL,         true),
 (3, 'Priya Nair',      'P', 2, 'PH102937', '2019-06-03', NULL,         true),
 (4, 'Tom Brennan',     'S', 2, NULL,       '2020-03-02', NULL,         true),
 (5, 'Helen Marsh',     'P', 3, 'PH77420',  '2021-02-01', NULL,         true),
 (6, 'Daniel Price',    'P', 1, 'PH110348', '2022-09-05', '2025-08-29', false),
 (7, 'Chloe Evans',     'M', 2, NULL,       '2023-04-17', NULL,         true),
 (8, 'Marek Novak',     'P', 3, 'PH121776', '2026-11-16', NULL,         true);

INSERT INTO insurers VALUES
 (1, 'Bupa',             true,  6,    'claims@bupa.example',        'BU-449120'),
 (2, 'AXA Health',       true,  8,    'providers@axahealth.example', 'AXA-77310'),
 (3, 'Vitality',         true,  6,    'claims@vitality.example',    'VH-20419'),
 (4, 'Aviva',            false, NULL, 'healthclaims@aviva.example', 'AV-55102'),
 (5, 'WPA',              true,  5,    'claims@wpa.example',         'WPA-9931'),
 (6, 'Simplyhealth',     false, NULL, NULL,                         'SH-11874'),
 (7, 'Cigna Healthcare', true,  6,    'uk.claims@cigna.example',    'CG-30057');

INSERT INTO gp_surgeries VALUES
 (1,  'Churchtown Medical Centre',   'Southport', 'N84001'),
 (2,  'Cambridge Road Surgery',      'Southport', 'N84005'),
 (3,  'Ainsdale Village Surgery',    'Ainsdale',  'N84012'),
 (4,  'Norwood Surgery',             'Southport', 'N84014'),
 (5,  'Roe Lane Surgery',            'Southport', 'N84017'),
 (6,  'Birkdale Medical Practice',   'Birkdale',  'N84021'),
 (7,  'Formby Village Surgery',      'Formby',    'N84030'),
 (8,  'Lincoln House Surgery',       'Southport', 'N84033'),
 (9,  'St Marks Medical Centre',     'Southport', 'N84036'),
 (10, 'The Corner Surgery',          'Banks',     NULL);

INSERT INTO svc_tariff VALUES
 ('IA45', 'Initial assessment (45 min)',          45,   70.00, true),
 ('FU30', 'Follow-up session (30 min)',           30,   48.00, true),
 ('FU45', 'Follow-up session (45 min)',           45,   62.00, true),
 ('SM30', 'Sports / deep tissue massage (30 min)', 30,  40.00, true),
 ('SM45', 'Sports / deep tissue massage (45 min)', 45,  55.00, true),
 ('LCF',  'Late cancellation fee',                NULL, 30.00, true),
 ('KIT',  'Exercise band / equipment',            NULL, 12.00, true),
 ('ACU',  'Acupuncture add-on',                   NULL, 15.00, true),
 ('SWT',  'Shockwave therapy (30 min)',           30,   45.00, false);

-- ---------------------------------------------------------------- patients

INSERT INTO patients (patient_id, pt_name, dob, sex, postcode, phone, email, gp_id, ins_id, policy_no, reg_dt, mkt_optin, notes)
SELECT i,
       fn || ' ' || ln,
       CASE WHEN i % 61 = 0 THEN NULL ELSE date '1941-03-01' + (i * 379 % 24800) END,
       CASE WHEN i % 53 = 0 THEN 'U' ELSE sx END,
       'PR' || (8 + i % 2) || ' ' || (1 + i % 9) || chr(65 + i * 3 % 26) || chr(65 + i * 7 % 26),
       '07' || lpad(((i * 7919 + 12345) % 1000000000)::text, 9, '0'),
       CASE WHEN i % 8 = 0 THEN NULL
            ELSE lower(fn) || '.' || lower(replace(ln, '''', '')) || (i % 97) || '@'
                 || (ARRAY['gmail.com','outlook.com','btinternet.com','yahoo.co.uk','hotmail.co.uk'])[1 + i % 5] END,
       CASE WHEN i % 19 = 0 THEN NULL ELSE 1 + (i * 3 % 10) END,
       ins,
       CASE WHEN ins IS NULL OR i % 23 = 0 THEN NULL
            ELSE (ARRAY['BU','AX','VT','AV','WP','SH'])[ins] || lpad((i * 4099 % 9999991)::text, 7, '0') END,
       date '2026-11-20',                       -- set properly below from the first course
       (i * 13 % 10) < 6,
       CASE WHEN i % 41 = 0 THEN 'Wheelchair user - ground floor room only'
            WHEN i % 37 = 0 THEN 'Prefers a female clinician'
            WHEN i % 43 = 0 THEN 'Interpreter needed (Polish)'
            WHEN i % 47 = 0 THEN 'Pacemaker - no electrotherapy' END
FROM (
  SELECT i,
         (ARRAY['Emma','Oliver','Sophie','Jack','Amelia','Harry','Grace','George','Lily','Noah',
                'Hannah','Thomas','Chloe','William','Megan','Joseph','Ruth','Mohammed','Aisha','Piotr',
                'Siobhan','Ravi','Margaret'])[1 + (i * 7) % 23] AS fn,
         (ARRAY['F','M','F','M','F','M','F','M','F','M',
                'F','M','F','M','F','M','F','M','F','M',
                'F','M','F'])[1 + (i * 7) % 23] AS sx,
         (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke',
                'Patel','Khan','Lewis','Kowalski','O''Neill','Hughes','Edwards','Murphy','Baxter','Singh',
                'Ashworth'])[1 + (i * 11) % 31] AS ln,
         CASE WHEN i % 10 IN (0, 3, 7) THEN (ARRAY[1,2,3,4,5,6,1,2,4])[1 + (i * 5 % 9)] END AS ins
  FROM generate_series(1, 700) AS i
) p;

-- ---------------------------------------------------------------- courses of treatment

INSERT INTO episodes (ep_id, patient_id, clin_id, clinic_id, ref_src, ins_id, auth_ref, sess_limit, complaint, plan_sess, opened_dt, discharge_dt, dc_reason, notes)
SELECT e.i, e.pid, e.clin, c.clinic_id, e.src,
       CASE WHEN e.src = 'I' THEN e.pins END,
       CASE WHEN e.src = 'I' AND ins.needs_auth AND e.i % 17 <> 0
            THEN upper(left(ins.ins_name, 3)) || '-' || (100000 + e.i * 7919 % 900000) END,
       CASE WHEN e.src = 'I' AND ins.dflt_sess_limit IS NOT NULL
            THEN ins.dflt_sess_limit + CASE WHEN e.i % 11 = 0 THEN 2 ELSE 0 END END,
       CASE WHEN e.clin = 7 THEN (ARRAY['Muscle tension','Sports massage','Lower back pain'])[1 + e.i % 3]
            ELSE (ARRAY['Lower back pain','Neck pain','Shoulder','Knee','Ankle sprain','Hip',
                        'Post-op rehab','Tennis elbow','Plantar fasciitis','Whiplash'])[1 + (e.i * 3 % 10)] END,
       CASE WHEN e.clin = 7 THEN 1 + e.i % 4 ELSE 2 + (e.i * 7 % 9) END,
       e.od, NULL, NULL,
       CASE WHEN e.i % 31 = 0 THEN 'Red flags screened - none'
            WHEN e.i % 39 = 0 THEN 'Also seeing chiropractor'
            WHEN e.i % 45 = 0 THEN 'Returning patient - same problem as before' END
FROM (
  SELECT b.*,
         CASE WHEN b.pins IS NOT NULL AND b.i % 4 <> 0 AND b.clin <> 7
                   AND NOT (b.pins = 5 AND b.od >= date '2025-06-01') THEN 'I'
              WHEN (b.i * 3 % 7) < 3 AND b.clin <> 7 THEN 'G'
              ELSE 'S' END AS src
  FROM (
    SELECT a.i, a.od, a.pid, pt.ins_id AS pins,
           CASE WHEN a.c0 = 6 AND a.od >= date '2025-07-01' THEN 2 ELSE a.c0 END AS clin
    FROM (
      SELECT i,
             1 + (i * 37 % 690) AS pid,
             (ARRAY[1,2,3,4,5,6,7,1,2,3,5,4,1])[1 + (i * 7 % 13)] AS c0,
             d0 + CASE WHEN extract(dow FROM d0) = 0 THEN 1 ELSE 0 END AS od
      FROM (SELECT i, date '2024-01-02' + (i * 577 % 1063) AS d0 FROM generate_series(1, 1000) AS i) g
    ) a
    JOIN patients pt ON pt.patient_id = a.pid
  ) b
) e
JOIN clinician c ON c.clin_id = e.clin
LEFT JOIN insurers ins ON ins.ins_id = e.pins;

-- ---------------------------------------------------------------- appointments

INSERT INTO appt (appt_id, ep_id, clin_id, clinic_id, appt_at, mins, appt_type, svc_code, st, late_fee_amt, notes)
SELECT row_number() OVER (ORDER BY s.at, s.ep_id)::int,
       s.ep_id,
       CASE WHEN s.j > 0 AND (s.ep_id + s.j) % 11 = 0
            THEN (ARRAY[2,1,4,3,3,1,7,5])[s.lead] ELSE s.lead END,
       s.clinic_id, s.at, s.mins,
       CASE WHEN s.j = 0 THEN 'I' ELSE 'F' END,
       CASE WHEN s.lead = 7 THEN CASE WHEN s.mins = 45 THEN 'SM45' ELSE 'SM30' END
            WHEN s.j = 0 THEN 'IA45'
            WHEN s.mins = 45 THEN 'FU45' ELSE 'FU30' END,
       s.st,
       CASE WHEN s.st = 'L' THEN
            CASE WHEN (s.ep_id + s.j) % 6 = 0 THEN 0.00
                 WHEN s.at < timestamp '2025-01-01' THEN 25.00 ELSE 30.00 END END,
       CASE WHEN s.st = 'D' AND s.j % 2 = 0 THEN 'No answer when we rang'
            WHEN s.st = 'L' AND (s.ep_id + s.j) % 6 = 0 THEN 'Fee waived - family emergency'
            WHEN s.st = 'C' THEN 'Cancelled by phone, rebooked'
            WHEN s.st = 'A' AND (s.ep_id * 5 + s.j) % 67 = 0 THEN 'Ran 10 min over' END
FROM (
  SELECT t.*, t.d + time '08:00' + ((t.ep_id * 3 + t.j * 5) % 20) * interval '30 minutes' AS at
  FROM (
    SELECT e.ep_id, e.clin_id AS lead, e.clinic_id, g.j,
           dd + CASE WHEN extract(dow FROM dd) = 0 THEN 1 ELSE 0 END AS d,
           CASE WHEN g.j = 0 THEN 45 WHEN (e.ep_id * g.j) % 3 = 0 THEN 45 ELSE 30 END AS mins,
           CASE WHEN g.j = 0 THEN 'A'
                WHEN (e.ep_id * 31 + g.j * 17) % 100 < 5  THEN 'D'
                WHEN (e.ep_id * 31 + g.j * 17) % 100 < 9  THEN 'L'
                WHEN (e.ep_id * 31 + g.j * 17) % 100 < 14 THEN 'C'
                ELSE 'A' END AS st
    FROM episodes e
    CROSS JOIN LATERAL generate_series(0, e.plan_sess - 1) AS g(j)
    CROSS JOIN LATERAL (SELECT e.opened_dt + g.j * (7 + 3 * (e.ep_id % 3)) AS dd) x
  ) t
) s
WHERE s.d <= date '2026-11-30';

-- discharge the courses whose planned sessions have all taken place
-- (a few are left open by mistake: nobody got round to discharging them)
UPDATE episodes e
SET discharge_dt = l.last_att + (e.ep_id % 4),
    dc_reason = CASE e.ep_id % 10 WHEN 0 THEN 'S' WHEN 1 THEN 'N' WHEN 2 THEN 'R' ELSE 'G' END
FROM (SELECT ep_id, count(*) AS n, (max(appt_at) FILTER (WHERE st = 'A'))::date AS last_att
      FROM appt GROUP BY ep_id) l
WHERE l.ep_id = e.ep_id
  AND l.n = e.plan_sess
  AND e.ep_id % 29 <> 0
  AND l.last_att + (e.ep_id % 4) <= date '2026-11-30';

-- registration date: a few days before the first assessment; new patients with no course yet
UPDATE patients p
SET reg_dt = f.first_dt - (p.patient_id % 12)
FROM (SELECT patient_id, min(opened_dt) AS first_dt FROM episodes GROUP BY patient_id) f
WHERE f.patient_id = p.patient_id;
UPDATE patients SET reg_dt = date '2026-11-16' + (patient_id % 12)
WHERE patient_id NOT IN (SELECT patient_id FROM episodes);

-- ---------------------------------------------------------------- invoices

INSERT INTO invoice (inv_no, patient_id, ep_id, bill_to, ins_id, inv_dt, due_dt, amt, paid_dt, pay_method, notes)
SELECT 10000 + row_number() OVER (ORDER BY c.inv_dt, c.appt_id)::int,
       c.patient_id, c.ep_id, c.bill_to,
       CASE WHEN c.bill_to = 'I' THEN c.ins_id END,
       c.inv_dt,
       c.inv_dt + CASE WHEN c.bill_to = 'I' THEN 30 ELSE 14 END,
       0, NULL, NULL,
       -- temporary: the appointment number, replaced by a real note below
       c.appt_id::text
FROM (
  SELECT a.appt_id, e.patient_id, e.ep_id, e.ins_id,
         CASE WHEN a.st = 'A' AND e.ref_src = 'I' THEN 'I' ELSE 'P' END AS bill_to,
         CASE WHEN a.st = 'A' AND e.ref_src = 'I'
              THEN (date_trunc('month', a.appt_at) + interval '1 month - 1 day')::date
              ELSE a.appt_at::date END AS inv_dt
  FROM appt a
  JOIN episodes e ON e.ep_id = a.ep_id
  WHERE a.st = 'A' OR (a.st = 'L' AND a.late_fee_amt > 0)
) c;

INSERT INTO inv_lines (line_id, inv_no, appt_id, svc_code, qty, unit_price, disc_pct)
SELECT row_number() OVER (ORDER BY l.inv_no, l.k)::int, l.inv_no, l.appt_id, l.svc_code, l.qty,
       l.unit_price, l.disc_pct
FROM (
  -- the session itself, or the late cancellation fee
  SELECT i.inv_no, 1 AS k, a.appt_id,
         CASE WHEN a.st = 'L' THEN 'LCF' ELSE a.svc_code END AS svc_code,
         1 AS qty,
         CASE WHEN a.st = 'L' THEN a.late_fee_amt
              ELSE t.price - CASE WHEN a.appt_at < timestamp '2025-01-01' THEN 5 ELSE 0 END END AS unit_price,
         CASE WHEN a.st = 'L' OR i.bill_to = 'I' THEN 0
              WHEN a.appt_type = 'F' AND a.appt_id % 97 = 0 THEN 100
              WHEN i.patient_id % 9 = 0 THEN 10
              WHEN i.patient_id % 17 = 0 THEN 15
              ELSE 0 END AS disc_pct
  FROM invoice i
  JOIN appt a ON a.appt_id = i.notes::int
  JOIN svc_tariff t ON t.svc_code = a.svc_code
  UNION ALL
  -- exercise bands / equipment sold at the session
  SELECT i.inv_no, 2, a.appt_id, 'KIT', 1 + a.appt_id % 3, 12.00,
         CASE WHEN i.bill_to = 'P' AND i.patient_id % 9 = 0 THEN 10 ELSE 0 END
  FROM invoice i JOIN appt a ON a.appt_id = i.notes::int
  WHERE a.st = 'A' AND a.appt_id % 13 = 0
  UNION ALL
  -- acupuncture add-on (physios only)
  SELECT i.inv_no, 3, a.appt_id, 'ACU', 1,
         CASE WHEN a.appt_at < timestamp '2025-01-01' THEN 12.00 ELSE 15.00 END, 0
  FROM invoice i JOIN appt a ON a.appt_id = i.notes::int
  JOIN clinician c ON c.clin_id = a.clin_id
  WHERE a.st = 'A' AND c.role = 'P' AND a.appt_id % 17 = 0
) l;

UPDATE invoice i
SET amt = s.total
FROM (SELECT inv_no, sum(qty * unit_price * (100 - disc_pct) / 100) AS total
      FROM inv_lines GROUP BY inv_no) s
WHERE s.inv_no = i.inv_no;

UPDATE invoice
SET paid_dt = CASE
      WHEN amt = 0 THEN inv_dt
      WHEN bill_to = 'P' AND (inv_no * 7 % 100) < 6 THEN NULL
      WHEN bill_to = 'I' AND (inv_no * 11 % 100) < 4 THEN NULL
      WHEN bill_to = 'P' THEN inv_dt + CASE WHEN inv_no % 5 = 0 THEN inv_no % 20 ELSE 0 END
      ELSE inv_dt + 14 + (inv_no * 13 % 50) END,
    notes = CASE
      WHEN amt = 0 THEN 'Goodwill - no charge'
      WHEN bill_to = 'I' AND (inv_no * 11 % 100) < 4 THEN 'Queried by insurer - chasing'
      WHEN bill_to = 'P' AND (inv_no * 7 % 100) < 6 AND inv_no % 3 = 0 THEN 'Reminder sent'
      END;

UPDATE invoice SET paid_dt = NULL WHERE paid_dt > date '2026-11-30';

UPDATE invoice
SET pay_method = CASE WHEN bill_to = 'I' THEN 'B'
                      WHEN inv_no % 10 = 0 THEN 'X'
                      WHEN inv_no % 10 IN (1, 2) THEN 'B'
                      ELSE 'C' END
WHERE paid_dt IS NOT NULL AND amt > 0;

-- ---------------------------------------------------------------- home exercise programmes

INSERT INTO hep (hep_id, ep_id, clin_id, issued_dt, n_exercises, via, reviewed_dt, notes)
SELECT row_number() OVER (ORDER BY h.issued_dt, h.ep_id, h.k)::int,
       h.ep_id, h.clin_id, h.issued_dt, h.n_ex,
       CASE WHEN h.v = 'A' AND h.issued_dt < date '2025-03-01' THEN 'E' ELSE h.v END,
       CASE WHEN (h.ep_id + h.k) % 3 <> 0 AND h.issued_dt + 14 + (h.ep_id % 15) <= date '2026-11-30'
            THEN h.issued_dt + 14 + (h.ep_id % 15) END,
       CASE WHEN h.k = 2 THEN 'Progressed - harder version' WHEN h.ep_id % 23 = 0 THEN 'Struggling with the app login' END
FROM (
  SELECT a.ep_id, a.clin_id, a.appt_at::date AS issued_dt, 1 AS k,
         3 + a.ep_id % 6 AS n_ex,
         CASE WHEN (a.ep_id * 7 % 10) < 3 THEN 'P' WHEN (a.ep_id * 7 % 10) < 6 THEN 'E' ELSE 'A' END AS v
  FROM appt a
  WHERE a.appt_type = 'I' AND a.ep_id % 5 <> 4
  UNION ALL
  SELECT a.ep_id, a.clin_id, a.appt_at::date, 2,
         4 + a.ep_id % 5,
         CASE WHEN (a.ep_id * 3 % 10) < 2 THEN 'P' WHEN (a.ep_id * 3 % 10) < 5 THEN 'E' ELSE 'A' END
  FROM appt a JOIN episodes e ON e.ep_id = a.ep_id
  WHERE e.plan_sess >= 7 AND e.ep_id % 2 = 0 AND a.st = 'A'
    AND a.appt_at = (SELECT min(a2.appt_at) FROM appt a2
                     WHERE a2.ep_id = a.ep_id AND a2.st = 'A' AND a2.appt_type = 'F'
                       AND a2.appt_at >= e.opened_dt + 20)
) h;

-- ---------------------------------------------------------------- outcome scores

INSERT INTO outcome_scores (score_id, ep_id, appt_id, stage, pain, recorded_dt)
SELECT row_number() OVER (ORDER BY s.recorded_dt, s.ep_id, s.stage DESC)::int,
       s.ep_id, s.appt_id, s.stage, s.pain, s.recorded_dt
FROM (
  -- at the initial assessment
  SELECT a.ep_id, a.appt_id, 'F' AS stage, 3 + (a.ep_id * 7 % 8) AS pain, a.appt_at::date AS recorded_dt
  FROM appt a WHERE a.appt_type = 'I'
  UNION ALL
  -- at the last attended session of courses discharged with goals met or referred on
  SELECT a.ep_id, a.appt_id, 'L',
         CASE WHEN e.ep_id % 47 = 0 THEN least(10, 3 + (e.ep_id * 7 % 8) + 1)
              ELSE greatest(0, 3 + (e.ep_id * 7 % 8) - (1 + e.ep_id * 3 % 7)) END,
         a.appt_at::date
  FROM episodes e
  JOIN appt a ON a.ep_id = e.ep_id
  WHERE e.dc_reason IN ('G', 'R') AND a.appt_type = 'F'
    AND a.appt_at = (SELECT max(a2.appt_at) FROM appt a2 WHERE a2.ep_id = e.ep_id AND a2.st = 'A')
) s;
