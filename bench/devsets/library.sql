-- Made-up public-library lending schema (PostgreSQL). Deterministic data: generate_series + arithmetic, no random().
-- Tables: branch, book, book_copy, patron, loan, fine.

DROP TABLE IF EXISTS fine;
DROP TABLE IF EXISTS loan;
DROP TABLE IF EXISTS patron;
DROP TABLE IF EXISTS book_copy;
DROP TABLE IF EXISTS book;
DROP TABLE IF EXISTS branch;

CREATE TABLE branch (
    branch_id     integer PRIMARY KEY,
    branch_name   text NOT NULL,
    district      text NOT NULL,
    opened_yr     integer NOT NULL
);

CREATE TABLE book (
    book_id       integer PRIMARY KEY,
    title         text NOT NULL,
    author_name   text NOT NULL,
    genre         text NOT NULL,
    pub_yr        integer NOT NULL,
    isbn          text                      -- NULL for books printed before ISBNs existed
);

CREATE TABLE book_copy (
    copy_id       integer PRIMARY KEY,
    book_id       integer NOT NULL REFERENCES book (book_id),
    branch_id     integer NOT NULL REFERENCES branch (branch_id),
    barcode       text NOT NULL UNIQUE,
    acq_date      date NOT NULL,
    cond_cd       text NOT NULL             -- 'new', 'good', 'worn'
);

CREATE TABLE patron (
    patron_id       integer PRIMARY KEY,
    first_name      text NOT NULL,
    surname         text NOT NULL,
    card_no         text NOT NULL UNIQUE,
    email           text,
    home_branch_id  integer NOT NULL REFERENCES branch (branch_id),
    reg_date        date NOT NULL,
    modified_at     timestamp NOT NULL
);

CREATE TABLE loan (
    loan_id         integer PRIMARY KEY,
    copy_id         integer NOT NULL REFERENCES book_copy (copy_id),
    patron_id       integer NOT NULL REFERENCES patron (patron_id),
    checked_out_on  date NOT NULL,
    due_on          date NOT NULL,
    returned_on     date,                   -- NULL = still out
    updated_at      timestamp NOT NULL
);

CREATE TABLE fine (
    fine_id       integer PRIMARY KEY,
    loan_id       integer NOT NULL REFERENCES loan (loan_id),
    amount        numeric(8,2) NOT NULL,
    is_paid       boolean NOT NULL,
    assessed_on   date NOT NULL
);

INSERT INTO branch (branch_id, branch_name, district, opened_yr) VALUES
    (1, 'Central Library',        'Downtown',   1962),
    (2, 'Maple Grove Branch',     'Northside',  1978),
    (3, 'Harborview Branch',      'Waterfront', 1991),
    (4, 'Eastwood Branch',        'Eastside',   1985),
    (5, 'Pine Hill Branch',       'Southside',  2004),
    (6, 'Riverside Reading Room', 'Westside',   2016);

-- 400 titles; titles are unique (adjective x noun by two coprime moduli).
INSERT INTO book (book_id, title, author_name, genre, pub_yr, isbn)
SELECT b,
       'The ' || (ARRAY['Silent','Crimson','Hidden','Last','Northern','Broken','Golden','Quiet','Distant','Burning',
                        'Frozen','Secret','Wild','Lonely','Iron','Paper','Velvet','Hollow','Bright','Forgotten'])[1 + b % 20]
              || ' ' ||
              (ARRAY['Harbor','Garden','Letter','Orchard','Station','Mirror','Winter','Island','Voyage','Kingdom',
                     'Lantern','River','Promise','Shadow','Compass','Meadow','Bridge','Tower','Archive','Summer',
                     'Forest','Signal','Crown'])[1 + (b * 7) % 23],
       (ARRAY['Margaret Ellison','Tomas Varga','Aiko Mori','Daniel Okoye','Helena Brandt','Rafael Castillo',
              'Sofia Lindqvist','James Whitfield','Nadia Petrova','Kwame Mensah','Clara Fontaine','Oliver Grant',
              'Yusuf Demir','Ingrid Halvorsen','Lucia Moretti','Peter Novak','Amara Eze','Samuel Reyes',
              'Greta Maier','Hugo Lambert','Mei Lin','Arjun Rao','Beatrice Hale','Victor Sokolov',
              'Elena Duarte','Rowan Pierce','Fatima Zahra','Kenji Sato','Isla MacLeod','Marco Bellini'])[1 + (b * 11) % 30],
       (ARRAY['Mystery','Science Fiction','Romance','History','Biography','Fantasy','Poetry','Children'])[1 + (b * 3) % 8],
       1950 + (b * 13) % 75,
       CASE WHEN 1950 + (b * 13) % 75 < 1970 THEN NULL
            ELSE '978' || lpad(((b * 7919) % 10000000000)::text, 10, '0') END
FROM generate_series(1, 400) AS b;

-- 1000 copies: copy g holds book 1 + (g-1) % 400 (books 1..200 have 3 copies, 201..400 have 2).
INSERT INTO book_copy (copy_id, book_id, branch_id, barcode, acq_date, cond_cd)
SELECT g,
       1 + (g - 1) % 400,
       1 + (g * 7) % 6,
       'BC' || lpad((100000 + g * 17)::text, 7, '0'),
       date '2015-01-01' + (g * 89) % 3200,
       (ARRAY['new','good','good','worn'])[1 + g % 4]
FROM generate_series(1, 1000) AS g;

-- 900 patrons; patrons 851..900 have never borrowed anything.
INSERT INTO patron (patron_id, first_name, surname, card_no, email, home_branch_id, reg_date, modified_at)
SELECT p,
       (ARRAY['Anna','Ben','Carla','David','Elif','Farid','Grace','Henrik','Irene','Jakub',
              'Keiko','Leo','Maria','Nils','Olga','Pablo','Quinn','Rosa','Stefan','Tara','Uma','Viktor'])[1 + p % 22],
       (ARRAY['Adams','Bauer','Costa','Dietrich','Evans','Fischer','Gomez','Holm','Ivanova','Jensen',
              'Kaur','Lopez','Meyer','Nakamura','Olsen','Price','Quist','Rahman','Schulz'])[1 + (p * 5) % 19],
       'LC' || lpad(p::text, 6, '0'),
       CASE WHEN p % 9 = 0 THEN NULL ELSE 'patron' || p || '@readers.example' END,
       1 + p % 6,
       date '2018-06-01' + (p * 7) % 2300,
       timestamp '2024-01-01 08:00' + ((p * 53) % 730) * interval '1 day' + ((p * 17) % 600) * interval '1 minute'
FROM generate_series(1, 900) AS p;

-- 5000 loans over 2024-2025. Books 371..400 are never lent (their copies are never picked).
INSERT INTO loan (loan_id, copy_id, patron_id, checked_out_on, due_on, returned_on, updated_at)
SELECT g, c.copy_id, c.patron_id, c.co, c.co + 21, c.ret,
       coalesce(c.ret, c.co) + ((g * 37) % 600 + 540) * interval '1 minute'
FROM (
    SELECT g,
           CASE WHEN (x - 1) % 400 + 1 > 370 THEN x - 30 ELSE x END AS copy_id,
           CASE WHEN g % 4 = 0 THEN 1 + (g / 4) % 50 ELSE 1 + (g * 29) % 850 END AS patron_id,
           co,
           CASE WHEN g % 53 = 0 OR co + (2 + (g * 13) % 27) > date '2025-12-31' THEN NULL
                ELSE co + (2 + (g * 13) % 27) END AS ret
    FROM (
        SELECT g,
               CASE WHEN g % 9 = 0 THEN 1 + (g / 9) % 12
                    WHEN g % 14 = 0 THEN 401 + (g / 14) % 5
                    WHEN g % 19 = 0 THEN 3
                    ELSE 1 + (g * 37) % 1000 END AS x,
               date '2024-01-02' + (g * 7877) % 729 AS co
        FROM generate_series(1, 5000) AS g
    ) s
) c;

-- Fines: 0.25 per day late for late returns; a flat 15.00 for loans still out more than two weeks past due.
INSERT INTO fine (fine_id, loan_id, amount, is_paid, assessed_on)
SELECT row_number() OVER (ORDER BY loan_id), loan_id, amount, is_paid, assessed_on
FROM (
    SELECT loan_id,
           round(0.25 * (returned_on - due_on), 2) AS amount,
           (loan_id % 4 <> 0) AS is_paid,
           returned_on AS assessed_on
    FROM loan WHERE returned_on > due_on
    UNION ALL
    SELECT loan_id, 15.00, (loan_id % 5 = 0), due_on + 14
    FROM loan WHERE returned_on IS NULL AND due_on + 14 <= date '2025-12-31'
) f;
