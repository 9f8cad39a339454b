-- Made-up schema: an online-course marketplace selling video courses to learners
-- (instructors, course categories, courses, lessons, learners, enrollments with coupons and
-- refunds, lesson progress, quiz attempts). Data are deterministic (generate_series and modulo
-- arithmetic, no random()); all timestamps are UTC; data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS qz_attempt;
DROP TABLE IF EXISTS lesson_progress;
DROP TABLE IF EXISTS enr;
DROP TABLE IF EXISTS lesson;
DROP TABLE IF EXISTS lrnr;
DROP TABLE IF EXISTS crs;
DROP TABLE IF EXISTS crs_category;
DROP TABLE IF EXISTS instructor;

-- ---------------------------------------------------------------- instructor
CREATE TABLE instructor (
    instructor_id  integer PRIMARY KEY,
    full_name      text NOT NULL,
    email          text NOT NULL,
    country        text NOT NULL,
    joined_on      date NOT NULL,
    rev_share_pct  numeric(5,2) NOT NULL,
    is_verified    boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN instructor.rev_share_pct IS 'share of net course revenue paid out to the instructor, percent';

INSERT INTO instructor (instructor_id, full_name, email, country, joined_on, rev_share_pct, is_verified)
SELECT g,
       (ARRAY['Maya Patel','Jonas Becker','Lucía Fernández','Tom Okafor','Hannah Schultz','Kenji Watanabe',
              'Priya Raman','Daniel Novak','Sophie Laurent','Marcus Reed','Aisha Bello','Erik Lindqvist',
              'Chloé Martin','Rafael Costa','Emily Carter','Ivan Petrov','Grace Kim','Omar Haddad',
              'Laura Rossi','Ben Whitaker'])[g],
       lower(split_part((ARRAY['maya','jonas','lucia','tom','hannah','kenji','priya','daniel','sophie','marcus',
                               'aisha','erik','chloe','rafael','emily','ivan','grace','omar','laura','ben'])[g], ' ', 1))
         || '.' || g || '@teach.learnly.io',
       (ARRAY['United States','Germany','Spain','Nigeria','Germany','Japan','India','Czechia','France','United States',
              'Nigeria','Sweden','France','Brazil','United States','Poland','South Korea','Jordan','Italy','United Kingdom'])[g],
       date '2023-06-05' + g * 23,
       (ARRAY[50.00, 40.00, 37.50, 45.00])[1 + g % 4],
       g % 5 <> 2
FROM generate_series(1, 20) AS g;

-- ---------------------------------------------------------------- crs_category
CREATE TABLE crs_category (
    cat_id    smallint PRIMARY KEY,
    cat_name  text NOT NULL UNIQUE,
    slug      text NOT NULL
);

INSERT INTO crs_category (cat_id, cat_name, slug)
SELECT g,
       (ARRAY['Data & Analytics','Programming','Design','Marketing','Business',
              'Personal Development','Photography','Music'])[g],
       (ARRAY['data-analytics','programming','design','marketing','business',
              'personal-development','photography','music'])[g]
FROM generate_series(1, 8) AS g;

-- ---------------------------------------------------------------- crs (courses)
CREATE TABLE crs (
    crs_id         integer PRIMARY KEY,
    crs_title      text NOT NULL UNIQUE,
    cat_id         smallint NOT NULL REFERENCES crs_category (cat_id),
    instructor_id  integer NOT NULL REFERENCES instructor (instructor_id),
    lvl            text NOT NULL,
    list_price     numeric(10,2) NOT NULL,
    is_published   boolean NOT NULL DEFAULT false,
    published_at   date,
    created_at     timestamptz NOT NULL
);
COMMENT ON TABLE crs IS 'Course catalog; unpublished rows are drafts not visible on the site';
COMMENT ON COLUMN crs.lvl IS 'beginner, intermediate or advanced';
COMMENT ON COLUMN crs.list_price IS 'current list price, USD; 0 = free course';
COMMENT ON COLUMN crs.published_at IS 'date the course went live; NULL while still a draft';

INSERT INTO crs (crs_id, crs_title, cat_id, instructor_id, lvl, list_price, is_published, published_at, created_at)
SELECT g,
       (ARRAY['SQL for Data Analysis','Excel Power Query Essentials','Intro to Statistics','Tableau Dashboards from Scratch',
              'Python for Data Science','A/B Testing in Practice','Data Modeling with dbt',
              'JavaScript Fundamentals','React for Beginners','Go Web Services','Rust in Practice',
              'Docker and Kubernetes Basics','Git & GitHub Crash Course','TypeScript Deep Dive',
              'Figma UI Design','UX Research Methods','Typography Basics','Design Systems at Scale',
              'Logo Design Masterclass','Color Theory for Designers','Motion Design with After Effects',
              'SEO Fundamentals','Google Ads Bootcamp','Email Marketing That Converts','Content Strategy 101',
              'Social Media Growth','Marketing Analytics with GA4','Copywriting for the Web',
              'Financial Modeling in Excel','Product Management Essentials','Negotiation Skills','Startup Fundraising',
              'Project Management with Scrum','Business Writing','Accounting Basics for Founders',
              'Public Speaking Confidence','Time Management Mastery','Speed Reading','Mindfulness at Work',
              'Career Change Playbook','Learning How to Learn','Emotional Intelligence',
              'Smartphone Photography','Lightroom Editing Workflow','Portrait Lighting','Landscape Photography',
              'Street Photography','Product Photography at Home','Night Sky Photography',
              'Guitar for Absolute Beginners','Music Theory Made Easy','Home Recording with Ableton',
              'Piano Chords and Progressions','Singing Technique','Mixing and Mastering','Songwriting Workshop'])[g],
       1 + (g - 1) / 7,
       1 + (((1 + (g - 1) / 7) - 1) * 5 / 2 + g % 3) % 20,
       (ARRAY['beginner','intermediate','advanced'])[1 + (g * 5) % 3],
       CASE WHEN g % 13 = 0 THEN 0
            ELSE (ARRAY[19.99, 29.99, 49.99, 59.99, 79.99, 99.99, 129.00, 149.00])[1 + (g * 7) % 8] END,
       g % 11 <> 0,
       CASE WHEN g % 11 <> 0 THEN date '2024-01-08' + (g * 47) % 690 END,
       (COALESCE(CASE WHEN g % 11 <> 0 THEN date '2024-01-08' + (g * 47) % 690 END, date '2025-10-01')
          - (14 + (g * 11) % 60))::timestamp AT TIME ZONE 'UTC' + interval '9 hours' + (g % 50) * interval '1 minute'
FROM generate_series(1, 56) AS g;

-- ---------------------------------------------------------------- lesson
CREATE TABLE lesson (
    lesson_id    integer PRIMARY KEY,
    crs_id       integer NOT NULL REFERENCES crs (crs_id),
    seq_no       smallint NOT NULL,
    title        text NOT NULL,
    video_len_s  integer NOT NULL,
    is_preview   boolean NOT NULL DEFAULT false,
    has_quiz     boolean NOT NULL DEFAULT false,
    UNIQUE (crs_id, seq_no)
);
COMMENT ON COLUMN lesson.seq_no IS 'position of the lesson inside its course, 1 = first';
COMMENT ON COLUMN lesson.video_len_s IS 'length of the lesson video in seconds';
COMMENT ON COLUMN lesson.is_preview IS 'free preview lesson, watchable without enrolling';

INSERT INTO lesson (lesson_id, crs_id, seq_no, title, video_len_s, is_preview, has_quiz)
SELECT row_number() OVER (ORDER BY c.crs_id, s),
       c.crs_id,
       s,
       CASE WHEN s = 4 + (c.crs_id * 5) % 6 THEN 'Wrap-up and next steps'
            ELSE (ARRAY['Welcome and setup','Core concepts','Hands-on walkthrough','Common mistakes',
                        'Going further','Real-world project','Tips from the field','Practice session'])[s] END,
       240 + ((c.crs_id * 131 + s * 373) % 2400),
       s = 1,
       s % 2 = 0 OR s = 4 + (c.crs_id * 5) % 6
FROM crs c
CROSS JOIN LATERAL generate_series(1, 4 + (c.crs_id * 5) % 6) AS s;

-- ---------------------------------------------------------------- lrnr (learners)
CREATE TABLE lrnr (
    lrnr_id       integer PRIMARY KEY,
    email         text NOT NULL,
    display_name  text NOT NULL,
    country_cd    char(2) NOT NULL,
    signup_ts     timestamptz NOT NULL,
    acq_channel   text,
    mktg_opt_in   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE lrnr IS 'Learner accounts (one row per sign-up)';
COMMENT ON COLUMN lrnr.country_cd IS 'ISO 3166-1 alpha-2 country code';
COMMENT ON COLUMN lrnr.acq_channel IS 'how the learner found us: organic, paid_search, paid_social, referral, affiliate; NULL = not tracked';
COMMENT ON COLUMN lrnr.mktg_opt_in IS 'agreed to receive marketing e-mails';

INSERT INTO lrnr (lrnr_id, email, display_name, country_cd, signup_ts, acq_channel, mktg_opt_in)
SELECT g,
       'user' || (100000 + g * 7) || '@' || (ARRAY['gmail.com','outlook.com','yahoo.com','proton.me','icloud.com'])[1 + g % 5],
       (ARRAY['Alex','Sam','Jordan','Taylor','Chris','Jamie','Morgan','Riley','Casey','Drew','Noa','Lena',
              'Mateo','Yuki','Zoe','Arjun','Fatima','Luca','Ingrid','Tomás'])[1 + (g * 7) % 20]
         || ' ' || (ARRAY['Smith','Müller','Garcia','Nguyen','Kowalski','Silva','Johnson','Sato','Dubois','Khan',
                          'Brown','Rossi','Andersen','Lopez','Kim'])[1 + (g * 11) % 15],
       (ARRAY['US','US','US','GB','DE','IN','CA','BR','FR','ES','AU','NL','PL','NG','JP'])[1 + (g * 13) % 15],
       timestamptz '2024-01-01 00:00:00+00' + g * interval '830 minutes' + ((g * 37) % 50) * interval '1 minute',
       CASE WHEN g % 17 = 0 THEN NULL
            ELSE (ARRAY['organic','paid_search','paid_social','referral','affiliate'])[1 + (g * 7 + g / 9) % 5] END,
       (g * 3) % 5 < 2
FROM generate_series(1, 1200) AS g;

-- ---------------------------------------------------------------- enr (enrollments)
CREATE TABLE enr (
    enr_id        integer PRIMARY KEY,
    lrnr_id       integer NOT NULL REFERENCES lrnr (lrnr_id),
    crs_id        integer NOT NULL REFERENCES crs (crs_id),
    enrolled_at   timestamptz NOT NULL,
    price_paid    numeric(10,2) NOT NULL,
    coupon_code   varchar(20),
    status_cd     char(1) NOT NULL,
    completed_at  timestamptz,
    refunded_at   timestamptz,
    refund_amt    numeric(10,2),
    UNIQUE (lrnr_id, crs_id)
);
COMMENT ON TABLE enr IS 'Course purchases / enrollments; a refund keeps the row and sets status R';
COMMENT ON COLUMN enr.price_paid IS 'amount the learner paid, USD, after any coupon';
COMMENT ON COLUMN enr.coupon_code IS 'discount code used at checkout; NULL = paid list price';
COMMENT ON COLUMN enr.status_cd IS 'A = active (in progress), C = completed, R = refunded, E = expired (12-month access ended before finishing)';
COMMENT ON COLUMN enr.completed_at IS 'when the learner finished the course; NULL unless status C';
COMMENT ON COLUMN enr.refund_amt IS 'amount refunded, USD (always the full price paid); NULL unless status R';

INSERT INTO enr (enr_id, lrnr_id, crs_id, enrolled_at, price_paid, coupon_code, status_cd, completed_at, refunded_at, refund_amt)
WITH pub AS (
    -- weighted pool of live courses: some courses sell far better than others
    SELECT array_agg(c.crs_id ORDER BY c.crs_id, w) AS ids, count(*)::int AS n
    FROM crs c CROSS JOIN LATERAL generate_series(1, 1 + (c.crs_id * 7) % 6) AS w
    WHERE c.is_published
), cand AS (
    SELECT l.lrnr_id, l.signup_ts, k,
           pub.ids[1 + (l.lrnr_id * 97 + k * 61) % pub.n] AS crs_id
    FROM lrnr l
    CROSS JOIN pub
    CROSS JOIN LATERAL generate_series(1, CASE WHEN (l.lrnr_id * 11) % 20 < 4 THEN 0
                                               WHEN (l.lrnr_id * 11) % 20 < 12 THEN 1
                                               WHEN (l.lrnr_id * 11) % 20 < 16 THEN 2
                                               WHEN (l.lrnr_id * 11) % 20 < 18 THEN 3
                                               WHEN (l.lrnr_id * 11) % 20 = 18 THEN 5
                                               ELSE 7 END) AS k
), dated AS (
    SELECT DISTINCT ON (cd.lrnr_id, cd.crs_id)
           cd.lrnr_id, cd.crs_id, c.list_price,
           greatest(cd.signup_ts, c.published_at::timestamp AT TIME ZONE 'UTC' + interval '9 hours')
             + ((cd.lrnr_id * 31 + cd.k * 101) % 120) * interval '1 day'
             + ((cd.lrnr_id * 7 + cd.k * 13) % 1440) * interval '1 minute'
             + cd.k * interval '17 seconds' AS enrolled_at
    FROM cand cd JOIN crs c ON c.crs_id = cd.crs_id
    ORDER BY cd.lrnr_id, cd.crs_id, cd.k
), numbered AS (
    SELECT row_number() OVER (ORDER BY enrolled_at, lrnr_id)::int AS enr_id, *
    FROM dated
    WHERE enrolled_at < timestamptz '2025-11-30 00:00:00+00'
), priced AS (
    SELECT n.*,
           CASE WHEN n.list_price = 0 OR n.enr_id % 5 <> 0 THEN NULL
                WHEN extract(month FROM n.enrolled_at AT TIME ZONE 'UTC') = 11 THEN 'BLACKFRIDAY50'
                WHEN extract(month FROM n.enrolled_at AT TIME ZONE 'UTC') IN (6, 7, 8) THEN 'SUMMER25'
                WHEN (n.enr_id / 5) % 2 = 0 THEN 'WELCOME10'
                ELSE 'FRIEND20' END AS coupon_code
    FROM numbered n
), paid AS (
    SELECT p.*,
           round(p.list_price * (1 - CASE p.coupon_code WHEN 'BLACKFRIDAY50' THEN 0.50 WHEN 'SUMMER25' THEN 0.25
                                                        WHEN 'WELCOME10' THEN 0.10 WHEN 'FRIEND20' THEN 0.20
                                                        ELSE 0 END), 2) AS price_paid,
           p.enrolled_at + (2 + (p.enr_id * 29) % 75) * interval '1 day'
                         + ((p.enr_id * 19) % 24) * interval '1 hour'
                         + ((p.enr_id * 7) % 60) * interval '1 minute' AS finish_ts
    FROM priced p
), st AS (
    SELECT p.*,
           CASE WHEN p.price_paid > 0 AND (p.enr_id * 37) % 100 < 7 THEN 'R'
                WHEN (p.enr_id * 53) % 100 < 20 + (p.crs_id * 17) % 50
                     AND p.finish_ts < timestamptz '2025-11-30 00:00:00+00' THEN 'C'
                WHEN p.enrolled_at + interval '365 days' < timestamptz '2025-11-30 00:00:00+00'
                     AND (p.enr_id * 3) % 4 = 0 THEN 'E'
                ELSE 'A' END AS status_cd
    FROM paid p
)
SELECT enr_id, lrnr_id, crs_id, enrolled_at, price_paid, coupon_code, status_cd,
       CASE WHEN status_cd = 'C' THEN finish_ts END,
       CASE WHEN status_cd = 'R' THEN least(enrolled_at + (2 + (enr_id * 13) % 72) * interval '1 hour',
                                            timestamptz '2025-11-29 23:30:00+00') END,
       CASE WHEN status_cd = 'R' THEN price_paid END
FROM st;

-- ---------------------------------------------------------------- lesson_progress
CREATE TABLE lesson_progress (
    progress_id  integer PRIMARY KEY,
    enr_id       integer NOT NULL REFERENCES enr (enr_id),
    lesson_id    integer NOT NULL REFERENCES lesson (lesson_id),
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    watch_sec    integer NOT NULL,
    UNIQUE (enr_id, lesson_id)
);
COMMENT ON TABLE lesson_progress IS 'One row per enrollment and lesson the learner has opened';
COMMENT ON COLUMN lesson_progress.finished_at IS 'when the learner finished the lesson; NULL = started but not finished';
COMMENT ON COLUMN lesson_progress.watch_sec IS 'seconds of the lesson video watched';

INSERT INTO lesson_progress (progress_id, enr_id, lesson_id, started_at, finished_at, watch_sec)
WITH e AS (
    SELECT e.*, (SELECT count(*) FROM lesson ls WHERE ls.crs_id = e.crs_id)::int AS n_lessons
    FROM enr e
), m AS (
    SELECT e.*,
           CASE e.status_cd WHEN 'C' THEN e.n_lessons
                            WHEN 'R' THEN e.enr_id % 2
                            ELSE 1 + (e.enr_id * 41) % e.n_lessons END AS n_started
    FROM e
), rows_ AS (
    SELECT m.enr_id, ls.lesson_id, ls.seq_no, ls.video_len_s, m.status_cd, m.n_started,
           CASE WHEN m.status_cd = 'C'
                THEN m.enrolled_at + (m.completed_at - m.enrolled_at) * ((ls.seq_no - 1)::float8 / m.n_lessons)
                     + interval '30 minutes'
                ELSE m.enrolled_at + (ls.seq_no - 1) * (1 + m.enr_id % 4) * interval '1 day' + interval '20 minutes'
           END AS started_at
    FROM m
    JOIN lesson ls ON ls.crs_id = m.crs_id AND ls.seq_no <= m.n_started
), fin AS (
    SELECT r.*,
           CASE WHEN r.status_cd = 'C' THEN r.started_at + r.video_len_s * interval '1.2 seconds'
                WHEN r.seq_no < r.n_started OR r.enr_id % 3 <> 0 THEN r.started_at + r.video_len_s * interval '1.3 seconds'
           END AS fin_ts
    FROM rows_ r
    WHERE r.started_at < timestamptz '2025-11-30 00:00:00+00'
)
SELECT row_number() OVER (ORDER BY started_at, enr_id),
       enr_id, lesson_id, date_trunc('second', started_at),
       CASE WHEN fin_ts < timestamptz '2025-11-30 00:00:00+00' THEN date_trunc('second', fin_ts) END,
       CASE WHEN fin_ts < timestamptz '2025-11-30 00:00:00+00' THEN video_len_s
            ELSE video_len_s * (5 + (enr_id * 7 + seq_no) % 90) / 100 END
FROM fin;

-- ---------------------------------------------------------------- qz_attempt (quiz attempts)
CREATE TABLE qz_attempt (
    attempt_id    integer PRIMARY KEY,
    enr_id        integer NOT NULL REFERENCES enr (enr_id),
    lesson_id     integer NOT NULL,
    attempt_no    smallint NOT NULL,
    submitted_at  timestamptz NOT NULL,
    score_pct     numeric(5,2) NOT NULL,
    passed        boolean NOT NULL
);
COMMENT ON TABLE qz_attempt IS 'End-of-lesson quiz submissions; a learner may retake a failed quiz';
COMMENT ON COLUMN qz_attempt.lesson_id IS 'lesson (lesson.lesson_id) whose quiz was taken';
COMMENT ON COLUMN qz_attempt.attempt_no IS '1 = first try at this quiz within the enrollment, 2 = first retake, ...';
COMMENT ON COLUMN qz_attempt.score_pct IS 'score in percent, 0-100';
COMMENT ON COLUMN qz_attempt.passed IS 'true when score_pct >= 70';

INSERT INTO qz_attempt (attempt_id, enr_id, lesson_id, attempt_no, submitted_at, score_pct, passed)
WITH base AS (
    SELECT p.progress_id AS pid, p.enr_id, p.lesson_id, p.finished_at,
           least(100, 35 + (p.progress_id * 47) % 66 + ((p.progress_id * 7) % 4) * 0.25) AS s1
    FROM lesson_progress p
    JOIN lesson ls ON ls.lesson_id = p.lesson_id
    WHERE ls.has_quiz AND p.finished_at IS NOT NULL
), b2 AS (
    SELECT b.*, least(100, b.s1 + 10 + (b.pid * 11) % 25) AS s2 FROM base b
), tries AS (
    SELECT pid, enr_id, lesson_id, 1 AS attempt_no, finished_at + interval '3 minutes' AS ts, s1 AS score
    FROM b2
    UNION ALL
    SELECT pid, enr_id, lesson_id, 2, finished_at + interval '1 day' + (pid % 300) * interval '1 minute', s2
    FROM b2 WHERE s1 < 70 AND pid % 4 <> 0
    UNION ALL
    SELECT pid, enr_id, lesson_id, 3, finished_at + interval '2 days' + (pid % 500) * interval '1 minute', least(100, s2 + 15)
    FROM b2 WHERE s1 < 70 AND pid % 4 <> 0 AND s2 < 70 AND pid % 2 = 0
)
SELECT row_number() OVER (ORDER BY ts, enr_id, lesson_id, attempt_no),
       enr_id, lesson_id, attempt_no, ts, score, score >= 70
FROM tries
WHERE ts < timestamptz '2025-11-30 00:00:00+00';
