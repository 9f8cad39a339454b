-- Made-up schema: a community music school with choirs and an instrument-lending scheme (members,
-- teachers, weekly instrument lessons, instrument loans, concerts and who sang or played in them,
-- termly membership fees). Legacy naming: terse columns, codes explained only in column comments.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2026-11-30 (lessons are already booked up to 2026-12-18, one concert is still to come).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS cnc_perf;
DROP TABLE IF EXISTS concert;
DROP TABLE IF EXISTS mbr_fee;
DROP TABLE IF EXISTS instr_loan;
DROP TABLE IF EXISTS instr;
DROP TABLE IF EXISTS lsn;
DROP TABLE IF EXISTS tchr;
DROP TABLE IF EXISTS mbr;

-- ---------------------------------------------------------------- mbr (members and students)
CREATE TABLE mbr (
    mbr_id    integer PRIMARY KEY,
    fst_nm    text NOT NULL,
    lst_nm    text NOT NULL,
    dob       date,
    email     text,
    ph        varchar(20),
    join_dt   date NOT NULL,
    left_dt   date,
    mbr_typ   char(1) NOT NULL,
    choir_cd  char(2),
    voice_cd  char(1)
);
COMMENT ON TABLE mbr IS 'Everyone enrolled at the school: instrument students and choir singers';
COMMENT ON COLUMN mbr.left_dt IS 'date the membership ended; NULL = still a member';
COMMENT ON COLUMN mbr.mbr_typ IS 'S = instrument student (lessons only), C = choir only, B = both lessons and choir';
COMMENT ON COLUMN mbr.choir_cd IS 'KC = children''s choir, YC = youth choir, CC = chamber choir, CM = community (adult mixed) choir; NULL = not in a choir';
COMMENT ON COLUMN mbr.voice_cd IS 'S = soprano, A = alto, T = tenor, B = bass; NULL for non-singers';

INSERT INTO mbr (mbr_id, fst_nm, lst_nm, dob, email, ph, join_dt, left_dt, mbr_typ, choir_cd, voice_cd)
WITH b AS (
    SELECT g,
           (ARRAY['Amelia','Oscar','Zoë','Felix','Maja','Arthur','Isla','Leon','Chloé','Samuel',
                  'Freya','José','Aoife','Tomasz','Ruby','Hugo','Agnieszka','Elliot','Nora','Kwame',
                  'Ingrid','Rafael','Lucy','Dmitri'])[1 + g % 24] AS fn,
           (ARRAY['Whitaker','Osei','Brennan','Kowalski','Fairfax','Lindqvist','Moreau','Hughes','Okafor','Pritchard',
                  'Castellano','Doyle','Nakamura','Fischer','Gallagher','Ward','Novak','Sutherland','Byrne'])[1 + (g * 7) % 19] AS ln,
           CASE WHEN g % 3 = 0 THEN 'C' WHEN g % 3 = 1 THEN 'S' ELSE 'B' END AS typ,
           CASE WHEN g % 4 = 0 THEN date '2024-01-03' + g % 7            -- members carried over from the old register
                ELSE date '2024-01-03' + (g * 37) % 1000 END AS joined
    FROM generate_series(1, 140) AS g
), c AS (
    SELECT b.*,
           CASE WHEN typ = 'S' THEN NULL ELSE (ARRAY['KC','YC','CC','CM','CM'])[1 + (g * 7) % 5] END AS choir
    FROM b
)
SELECT g, fn, ln,
       CASE choir WHEN 'KC' THEN date '2015-01-01' + (g * 97) % 1400
                  WHEN 'YC' THEN date '2009-01-01' + (g * 97) % 1800
                  WHEN 'CC' THEN date '1965-01-01' + (g * 389) % 12000
                  WHEN 'CM' THEN date '1950-01-01' + (g * 389) % 18000
                  ELSE CASE WHEN g % 15 = 7 THEN NULL ELSE date '1970-01-01' + (g * 271) % 16500 END END,
       CASE WHEN g % 15 = 0 THEN NULL ELSE lower(translate(fn, 'ëé', 'ee') || '.' || ln || g || '@example.org') END,
       '07700 9' || lpad(((g * 4111) % 100000)::text, 5, '0'),
       joined,
       CASE WHEN (g % 8 = 0 OR g % 11 = 1) AND joined + 120 + (g * 13) % 400 <= date '2026-11-30' THEN joined + 120 + (g * 13) % 400 END,
       typ, choir,
       CASE WHEN choir IN ('KC', 'YC') THEN (ARRAY['S','A'])[1 + g % 2]
            WHEN choir IS NOT NULL THEN (ARRAY['S','A','T','B'])[1 + (g / 3) % 4] END
FROM c;

-- ---------------------------------------------------------------- tchr (teaching staff)
CREATE TABLE tchr (
    tchr_id   integer PRIMARY KEY,
    tchr_nm   text NOT NULL,
    main_inst text,
    emp_cd    char(1) NOT NULL,
    hrly_rt   numeric(6,2),
    hire_dt   date NOT NULL,
    term_dt   date
);
COMMENT ON TABLE tchr IS 'Teachers and choir directors';
COMMENT ON COLUMN tchr.main_inst IS 'main instrument taught; voice for choir directors';
COMMENT ON COLUMN tchr.emp_cd IS 'F = salaried staff, P = paid per lesson (freelance), V = volunteer';
COMMENT ON COLUMN tchr.hrly_rt IS 'hourly rate paid to freelance teachers, GBP; NULL for salaried staff and volunteers';
COMMENT ON COLUMN tchr.term_dt IS 'last working day; NULL = still teaching here';

INSERT INTO tchr (tchr_id, tchr_nm, main_inst, emp_cd, hrly_rt, hire_dt, term_dt) VALUES
    (1,  'Helen Marsh',       'piano',    'F', NULL,  date '2024-01-02', NULL),
    (2,  'Gareth Lloyd',      'violin',   'P', 34.00, date '2024-01-02', NULL),
    (3,  'Priya Raman',       'cello',    'P', 36.50, date '2024-01-02', NULL),
    (4,  'Martin Škoda',      'clarinet', 'P', 32.00, date '2024-01-02', date '2025-06-30'),
    (5,  'Sophie Delacroix',  'flute',    'P', 33.00, date '2024-01-02', NULL),
    (6,  'Ben Achterberg',    'guitar',   'P', 30.00, date '2024-01-02', NULL),
    (7,  'Ruth Okonkwo',      'trumpet',  'P', 35.00, date '2024-01-02', NULL),
    (8,  'Declan Farrell',    'piano',    'F', NULL,  date '2024-01-02', NULL),
    (9,  'Yuki Tanabe',       'viola',    'P', 34.00, date '2024-01-02', NULL),
    (10, 'Aled Jenkins',      'clarinet', 'P', 33.50, date '2025-08-15', NULL),
    (11, 'Margaret Ellison',  'voice',    'V', NULL,  date '2024-01-02', NULL),
    (12, 'Tobias Wren',       'saxophone','P', 35.00, date '2026-11-16', NULL);

-- ---------------------------------------------------------------- lsn (individual lessons)
CREATE TABLE lsn (
    lsn_id   integer PRIMARY KEY,
    mbr_id   integer NOT NULL REFERENCES mbr (mbr_id),
    tchr_id  integer NOT NULL REFERENCES tchr (tchr_id),
    lsn_dt   date NOT NULL,
    st_tm    time NOT NULL,
    dur_min  smallint NOT NULL,
    att_cd   char(1),
    fee_amt  numeric(6,2) NOT NULL
);
COMMENT ON TABLE lsn IS 'Individual instrument lessons as booked in the timetable (weekly slots, no lessons in July and August)';
COMMENT ON COLUMN lsn.dur_min IS 'lesson length in minutes';
COMMENT ON COLUMN lsn.att_cd IS 'A = attended, N = no-show (student did not come, still charged), C = cancelled by teacher, S = cancelled by student with notice; NULL = lesson not held yet';
COMMENT ON COLUMN lsn.fee_amt IS 'price of the lesson, GBP; charged for A and N only';

INSERT INTO lsn (lsn_id, mbr_id, tchr_id, lsn_dt, st_tm, dur_min, att_cd, fee_amt)
WITH st AS (
    SELECT mbr_id, join_dt, left_dt,
           1 + (mbr_id * 4 + mbr_id / 9) % 9 AS t0,
           (ARRAY[30, 45, 60])[1 + mbr_id % 3] AS dur,
           1 + mbr_id % 5 AS dow,
           time '15:00' + ((mbr_id * 3) % 10) * interval '30 minutes' AS tm
    FROM mbr
    WHERE mbr_typ IN ('S', 'B')
), d AS (
    SELECT st.*, dd::date AS lsn_dt
    FROM st
    CROSS JOIN generate_series(timestamp '2024-01-08', timestamp '2026-12-18', interval '1 day') AS dd
    WHERE extract(isodow FROM dd) = st.dow
      AND extract(month FROM dd) NOT IN (7, 8)
      AND NOT (extract(month FROM dd) = 12 AND extract(day FROM dd) > 19)
      AND NOT (extract(month FROM dd) = 1 AND extract(day FROM dd) < 6)
      AND dd::date >= st.join_dt + 7
      AND (st.left_dt IS NULL OR dd::date < st.left_dt)
), t AS (
    SELECT d.*,
           CASE WHEN t0 = 4 AND lsn_dt > date '2025-06-30' THEN 10 ELSE t0 END AS tchr_id,
           (mbr_id * 37 + (lsn_dt - date '2024-01-01') * 13) % 100 AS h
    FROM d
)
SELECT row_number() OVER (ORDER BY lsn_dt, tm, mbr_id),
       mbr_id, tchr_id, lsn_dt, tm, dur,
       CASE WHEN lsn_dt > date '2026-11-30' THEN NULL
            WHEN h < CASE WHEN mbr_id % 11 = 0 THEN 16 WHEN mbr_id % 13 = 0 THEN 11 ELSE 5 END THEN 'N'
            WHEN tchr_id = 7 AND h BETWEEN 60 AND 66 THEN 'C'
            WHEN h >= 96 THEN 'C'
            WHEN h >= 91 THEN 'S'
            ELSE 'A' END,
       round(CASE dur WHEN 30 THEN 24 WHEN 45 THEN 34 ELSE 44 END
             * CASE WHEN lsn_dt >= date '2025-09-01' THEN 1.05 ELSE 1 END, 2)
FROM t;

-- ---------------------------------------------------------------- instr (lending instruments)
CREATE TABLE instr (
    instr_id  integer PRIMARY KEY,
    instr_typ char(2) NOT NULL,
    sz        varchar(4),
    mk_nm     text,
    ser_no    varchar(20),
    acq_dt    date NOT NULL,
    acq_cost  numeric(8,2),
    retd_dt   date
);
COMMENT ON TABLE instr IS 'Instruments owned by the school and lent to students';
COMMENT ON COLUMN instr.instr_typ IS 'VN = violin, VA = viola, VC = cello, FL = flute, CL = clarinet, TP = trumpet, SX = saxophone, GT = guitar';
COMMENT ON COLUMN instr.sz IS 'size for string instruments (1/4, 1/2, 3/4, 4/4); NULL otherwise';
COMMENT ON COLUMN instr.acq_cost IS 'purchase price, GBP; NULL = donated';
COMMENT ON COLUMN instr.retd_dt IS 'date taken out of the lending pool (sold, written off); NULL = still lent out';

INSERT INTO instr (instr_id, instr_typ, sz, mk_nm, ser_no, acq_dt, acq_cost, retd_dt)
SELECT i, typ,
       CASE WHEN typ IN ('VN', 'VA', 'VC') THEN (ARRAY['1/4','1/2','3/4','4/4','4/4'])[1 + (i * 3) % 5] END,
       CASE typ WHEN 'VN' THEN (ARRAY['Stentor','Yamaha','Eastman'])[1 + i % 3]
                WHEN 'VA' THEN 'Stentor'
                WHEN 'VC' THEN (ARRAY['Primavera','Stentor'])[1 + i % 2]
                WHEN 'FL' THEN (ARRAY['Yamaha','Trevor James'])[1 + i % 2]
                WHEN 'CL' THEN (ARRAY['Buffet','Yamaha'])[1 + i % 2]
                WHEN 'TP' THEN 'Bach'
                WHEN 'SX' THEN 'Yamaha'
                ELSE (ARRAY['Admira','Yamaha'])[1 + i % 2] END,
       upper(typ) || '-' || lpad(((i * 7919) % 100000)::text, 5, '0'),
       CASE WHEN i > 40 THEN date '2025-08-20' + i % 9 ELSE date '2024-01-02' + (i * 19) % 40 END,
       CASE WHEN i % 6 = 5 THEN NULL
            ELSE CASE typ WHEN 'VC' THEN 620 WHEN 'SX' THEN 540 WHEN 'VA' THEN 310 WHEN 'CL' THEN 395
                          WHEN 'TP' THEN 350 WHEN 'FL' THEN 330 WHEN 'GT' THEN 140 ELSE 260 END + (i * 13) % 60 END,
       NULL
FROM (
    SELECT i, (ARRAY['VN','VN','VN','VC','FL','CL','VN','GT','VA','TP','VC','FL','SX','GT','CL'])[1 + (i * 4) % 15] AS typ
    FROM generate_series(1, 46) AS i
) s;

-- ---------------------------------------------------------------- instr_loan
CREATE TABLE instr_loan (
    loan_id   integer PRIMARY KEY,
    instr_id  integer NOT NULL REFERENCES instr (instr_id),
    mbr_id    integer NOT NULL REFERENCES mbr (mbr_id),
    out_dt    date NOT NULL,
    due_dt    date NOT NULL,
    ret_dt    date,
    cond_out  char(1) NOT NULL,
    cond_in   char(1),
    dep_amt   numeric(6,2) NOT NULL
);
COMMENT ON TABLE instr_loan IS 'Instrument loans to students: handed out, due back, returned';
COMMENT ON COLUMN instr_loan.due_dt IS 'agreed return date';
COMMENT ON COLUMN instr_loan.ret_dt IS 'date the instrument came back; NULL = still out';
COMMENT ON COLUMN instr_loan.cond_out IS 'condition grade when handed out: E = excellent, G = good, F = fair, P = poor, D = damaged (needs repair)';
COMMENT ON COLUMN instr_loan.cond_in IS 'condition grade on return, same scale as cond_out (E best, D worst); NULL until returned';
COMMENT ON COLUMN instr_loan.dep_amt IS 'refundable deposit taken, GBP';

INSERT INTO instr_loan (loan_id, instr_id, mbr_id, out_dt, due_dt, ret_dt, cond_out, cond_in, dep_amt)
WITH k AS (
    SELECT i.instr_id, i.instr_typ, k,
           i.acq_dt + 7 + (i.instr_id * 3) % 20 + k * (200 + (i.instr_id % 4) * 30) AS out_dt,
           20 + (i.instr_id * 13 + k * 29) % 100 + CASE WHEN (i.instr_id + k) % 4 = 0 THEN (i.instr_id * 7 + k) % 61 ELSE 0 END AS len
    FROM instr i
    CROSS JOIN generate_series(0, 6) AS k
), f AS (
    SELECT k.*
    FROM k
    WHERE out_dt <= date '2026-11-30'
      AND NOT (instr_id % 13 = 0 AND out_dt >= date '2025-06-01')    -- three instruments retired in 2025
      AND NOT (instr_id = 17 AND k > 1)                              -- instrument 17 was never brought back
), b AS (
    SELECT f.*, bw.mbr_id
    FROM f
    CROSS JOIN LATERAL (
        SELECT m.mbr_id
        FROM mbr m
        WHERE m.mbr_typ IN ('S', 'B')
          AND m.mbr_id % 7 <> 3
          AND m.join_dt <= f.out_dt
          AND (m.left_dt IS NULL OR m.left_dt > f.out_dt + f.len)
        ORDER BY (m.mbr_id * 53 + f.instr_id * 17 + f.k * 31) % 101, m.mbr_id
        LIMIT 1
    ) bw
), g AS (
    SELECT b.*,
           CASE WHEN k = 0 THEN 'E' ELSE (ARRAY['E','G','G','F','G','P'])[1 + (instr_id + k) % 6] END AS c_out,
           CASE WHEN instr_id = 17 AND k = 1 THEN NULL
                WHEN out_dt + len > date '2026-11-30' THEN NULL
                ELSE out_dt + len END AS ret,
           (instr_id * 7 + k * 5) % 20 AS h
    FROM b
)
SELECT row_number() OVER (ORDER BY out_dt, instr_id),
       instr_id, mbr_id, out_dt,
       out_dt + CASE WHEN k % 2 = 0 THEN 120 ELSE 90 END,
       ret, c_out,
       CASE WHEN ret IS NULL THEN NULL
            WHEN h = 0 THEN 'D'
            WHEN h IN (1, 2, 3) THEN CASE c_out WHEN 'E' THEN 'G' WHEN 'G' THEN 'F' WHEN 'F' THEN 'P' ELSE 'D' END
            WHEN h = 4 AND c_out IN ('F', 'P') THEN 'G'                    -- serviced by the family before return
            ELSE c_out END,
       CASE WHEN instr_typ IN ('VC', 'SX') THEN 100 WHEN instr_typ = 'GT' THEN 30 ELSE 50 END
FROM g;

UPDATE instr i
SET retd_dt = r.last_back + 21
FROM (SELECT instr_id, max(ret_dt) AS last_back FROM instr_loan GROUP BY instr_id) r
WHERE r.instr_id = i.instr_id AND i.instr_id % 13 = 0;

-- ---------------------------------------------------------------- mbr_fee (termly membership fees)
CREATE TABLE mbr_fee (
    fee_id   integer PRIMARY KEY,
    mbr_id   integer NOT NULL REFERENCES mbr (mbr_id),
    term_cd  char(4) NOT NULL,
    bill_dt  date NOT NULL,
    due_dt   date NOT NULL,
    amt_due  numeric(7,2) NOT NULL,
    amt_pd   numeric(7,2) NOT NULL DEFAULT 0,
    pd_dt    date,
    pay_mth  char(1)
);
COMMENT ON TABLE mbr_fee IS 'Membership fee invoices, one per member per term, with what has been paid against each';
COMMENT ON COLUMN mbr_fee.term_cd IS 'yy + SP (spring term, January to June) or AU (autumn term, September to December), e.g. 25AU';
COMMENT ON COLUMN mbr_fee.bill_dt IS 'date the invoice was sent';
COMMENT ON COLUMN mbr_fee.amt_due IS 'term fee after any concession, GBP';
COMMENT ON COLUMN mbr_fee.amt_pd IS 'amount received so far, GBP; less than amt_due = in arrears';
COMMENT ON COLUMN mbr_fee.pd_dt IS 'date of the (last) payment received; NULL = nothing paid yet';
COMMENT ON COLUMN mbr_fee.pay_mth IS 'T = bank transfer, K = card, C = cash or cheque; NULL while nothing paid';

INSERT INTO mbr_fee (fee_id, mbr_id, term_cd, bill_dt, due_dt, amt_due, amt_pd, pd_dt, pay_mth)
WITH terms (tn, term_cd, t_start, t_end) AS (
    VALUES (1, '24SP', date '2024-01-01', date '2024-06-30'),
           (2, '24AU', date '2024-09-01', date '2024-12-31'),
           (3, '25SP', date '2025-01-01', date '2025-06-30'),
           (4, '25AU', date '2025-09-01', date '2025-12-31'),
           (5, '26SP', date '2026-01-01', date '2026-06-30'),
           (6, '26AU', date '2026-09-01', date '2026-12-31')
), f AS (
    SELECT m.mbr_id, t.tn, t.term_cd,
           greatest(t.t_start - 14, m.join_dt) AS bill_dt,
           CASE m.mbr_typ WHEN 'S' THEN 180 WHEN 'C' THEN 90 ELSE 240 END
               * CASE WHEN m.mbr_id % 10 = 0 THEN 0.5 ELSE 1 END
               * CASE WHEN t.tn >= 4 THEN 1.1 ELSE 1 END AS due,
           (m.mbr_id * 17 + t.tn * 23) % 40 AS h
    FROM mbr m
    JOIN terms t ON m.join_dt <= t.t_end AND (m.left_dt IS NULL OR m.left_dt >= t.t_start)
), p AS (
    SELECT f.*,
           CASE WHEN mbr_id % 19 = 0 AND tn >= 3 THEN 'none'
                WHEN h < 3 OR (tn = 6 AND h < 8) THEN 'none'
                WHEN h < 6 THEN 'half'
                ELSE 'full' END AS st,
           bill_dt + 1 + (h * 3) % 45 AS paid_on
    FROM f
)
SELECT row_number() OVER (ORDER BY tn, mbr_id), mbr_id, term_cd, bill_dt, bill_dt + 30, round(due, 2),
       CASE st WHEN 'none' THEN 0 WHEN 'half' THEN round(due / 2, 2) ELSE round(due, 2) END,
       CASE WHEN st <> 'none' THEN paid_on END,
       CASE WHEN st <> 'none' THEN (ARRAY['T','T','K','C','T'])[1 + (h + mbr_id) % 5] END
FROM p;

-- ---------------------------------------------------------------- concert
CREATE TABLE concert (
    cnc_id    integer PRIMARY KEY,
    cnc_nm    text NOT NULL,
    cnc_dt    date NOT NULL,
    venue     text NOT NULL,
    choir_cd  char(2),
    tix_sold  integer
);
COMMENT ON TABLE concert IS 'Concerts put on by the school';
COMMENT ON COLUMN concert.choir_cd IS 'choir giving the concert (KC, YC, CC, CM as in mbr.choir_cd); NULL = whole-school concert with choirs and instrumentalists';
COMMENT ON COLUMN concert.tix_sold IS 'tickets sold; NULL = free entry or not reported yet';

INSERT INTO concert (cnc_id, cnc_nm, cnc_dt, venue, choir_cd, tix_sold) VALUES
    (1,  'Spring Voices',               date '2024-03-23', 'St Mary''s Church',        'CM', 140),
    (2,  'Summer Showcase 2024',        date '2024-06-15', 'School Hall',              NULL, 210),
    (3,  'Little Voices',               date '2024-06-22', 'School Hall',              'KC', 95),
    (4,  'Advent Carols 2024',          date '2024-12-07', 'St Mary''s Church',        'CM', 180),
    (5,  'Winter Gala 2024',            date '2024-12-14', 'Town Hall',                NULL, 260),
    (6,  'Chamber Evening',             date '2025-04-05', 'Library Auditorium',       'CC', 70),
    (7,  'Summer Showcase 2025',        date '2025-06-14', 'School Hall',              NULL, 230),
    (8,  'Youth Choir in the Park',     date '2025-06-21', 'Riverside Park Bandstand', 'YC', NULL),
    (9,  'Advent Carols 2025',          date '2025-12-06', 'St Mary''s Church',        'CM', 195),
    (10, 'Winter Gala 2025',            date '2025-12-13', 'Town Hall',                NULL, 275),
    (11, 'Chamber Evening II',          date '2026-03-28', 'Library Auditorium',       'CC', 82),
    (12, 'Summer Showcase 2026',        date '2026-06-13', 'School Hall',              NULL, 240),
    (13, 'Little Voices 2026',          date '2026-06-20', 'School Hall',              'KC', 101),
    (14, 'Remembrance Concert',         date '2026-11-14', 'St Mary''s Church',        'CM', 150),
    (15, 'Winter Gala 2026',            date '2026-12-12', 'Town Hall',                NULL, NULL);

-- ---------------------------------------------------------------- cnc_perf (who sang or played)
CREATE TABLE cnc_perf (
    cnc_id   integer NOT NULL REFERENCES concert (cnc_id),
    mbr_id   integer NOT NULL REFERENCES mbr (mbr_id),
    role_cd  char(1) NOT NULL,
    stat_cd  char(1),
    PRIMARY KEY (cnc_id, mbr_id)
);
COMMENT ON TABLE cnc_perf IS 'Members on the programme of each concert';
COMMENT ON COLUMN cnc_perf.role_cd IS 'C = chorus, S = soloist, I = instrumentalist, A = accompanist';
COMMENT ON COLUMN cnc_perf.stat_cd IS 'P = performed, W = withdrew (ill, away); NULL = concert not held yet';

INSERT INTO cnc_perf (cnc_id, mbr_id, role_cd, stat_cd)
WITH cand AS (
    -- choir singers: the concert's own choir, or every choir at a whole-school concert
    SELECT c.cnc_id, c.cnc_dt, m.mbr_id,
           CASE WHEN (m.mbr_id + c.cnc_id * 3) % 9 = 0 THEN 'S' ELSE 'C' END AS role_cd, 1 AS pri
    FROM concert c
    JOIN mbr m ON m.choir_cd IS NOT NULL AND (c.choir_cd IS NULL OR m.choir_cd = c.choir_cd)
    WHERE m.join_dt <= c.cnc_dt - 14 AND (m.left_dt IS NULL OR m.left_dt > c.cnc_dt)
    UNION ALL
    -- instrumentalists at whole-school concerts
    SELECT c.cnc_id, c.cnc_dt, m.mbr_id, 'I', 2
    FROM concert c
    JOIN mbr m ON m.mbr_typ IN ('S', 'B') AND (m.mbr_id + c.cnc_id) % 4 = 1
    WHERE c.choir_cd IS NULL AND m.join_dt <= c.cnc_dt - 60 AND (m.left_dt IS NULL OR m.left_dt > c.cnc_dt)
    UNION ALL
    -- one student accompanies each choir concert
    SELECT c.cnc_id, c.cnc_dt, a.mbr_id, 'A', 0
    FROM concert c
    CROSS JOIN LATERAL (
        SELECT m.mbr_id FROM mbr m
        WHERE m.mbr_typ = 'S' AND m.join_dt <= c.cnc_dt - 90 AND (m.left_dt IS NULL OR m.left_dt > c.cnc_dt)
        ORDER BY (m.mbr_id * 29 + c.cnc_id * 7) % 31, m.mbr_id
        LIMIT 1
    ) a
    WHERE c.choir_cd IS NOT NULL
)
SELECT DISTINCT ON (cnc_id, mbr_id)
       cnc_id, mbr_id, role_cd,
       CASE WHEN cnc_dt > date '2026-11-30' THEN NULL
            WHEN (mbr_id * 5 + cnc_id * 11) % 23 = 0 THEN 'W'
            ELSE 'P' END
FROM cand
ORDER BY cnc_id, mbr_id, pri;
