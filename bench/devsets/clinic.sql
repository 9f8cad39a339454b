-- A dev set's database, made up on 2026-12-01 after the airline set had driven the day's changes, to
-- measure them on words and a schema they were not fitted to: a few declared keys, one table with
-- TPC-H-style column prefixes (drug, prescription), the rest by convention. Deterministic.
create table department (dept_code text primary key, dept_name text, floor int);
insert into department values ('CAR', 'Cardiology', 2), ('NEU', 'Neurology', 3), ('PED', 'Pediatrics', 1), ('ONC', 'Oncology', 4);

create table doctor (doctor_id int primary key, full_name text, dept_code text references department, hired_year int, salary numeric(10,2));
insert into doctor
select i, 'Dr. ' || i, (array['CAR', 'NEU', 'PED', 'ONC'])[1 + i % 4], 2005 + (i * 3) % 18, 90000 + i * 1371.5
from generate_series(1, 16) i;

create table patient (patient_id int, full_name text, birth_year int, city text);
insert into patient
select i, 'Patient ' || i, 1940 + (i * 7) % 70, (array['Lyon', 'Nantes', 'Lille', 'Nice', 'Brest'])[1 + i % 5]
from generate_series(1, 80) i;

create table appointment (appt_id int, patient_id int, doctor_id int, visit_date date, duration_minutes int, status text);
insert into appointment
select i, 1 + (i * 11) % 74, 1 + (i * 5) % 16, date '2023-01-02' + (i * 3) % 700, 10 + (i * 7) % 50 + i % 3,
       (array['done', 'done', 'done', 'cancelled', 'no_show'])[1 + (i * 13) % 5]
from generate_series(1, 300) i;

create table drug (d_drugkey int, d_name text, d_unit_price numeric(8,2), d_class text);
insert into drug
select i, 'Drug ' || chr(64 + i), 2 + i * 1.75, (array['analgesic', 'antibiotic', 'statin'])[1 + i % 3]
from generate_series(1, 9) i;

create table prescription (p_rxkey int, p_appt_id int, p_drugkey int, p_quantity int);
insert into prescription
select i, 1 + (i * 17) % 300, 1 + (i * 5) % 9, 1 + i % 6
from generate_series(1, 200) i;
