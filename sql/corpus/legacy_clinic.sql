SET client_min_messages = warning;

CREATE SCHEMA clinic;
CREATE SCHEMA billing;

CREATE TABLE clinic.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);
ALTER TABLE ONLY clinic.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);
CREATE INDEX flyway_schema_history_s_idx ON clinic.flyway_schema_history USING btree (success);

CREATE FUNCTION clinic.nhs_no_valid(p_nhs_no character) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    v_sum integer := 0;
    v_chk integer;
BEGIN
    IF p_nhs_no IS NULL THEN
        RETURN true;
    END IF;
    IF p_nhs_no !~ '^[0-9]{10}$' THEN
        RETURN false;
    END IF;
    FOR i IN 1..9 LOOP
        v_sum := v_sum + substr(p_nhs_no, i, 1)::integer * (11 - i);
    END LOOP;
    v_chk := 11 - (v_sum % 11);
    IF v_chk = 11 THEN
        v_chk := 0;
    END IF;
    RETURN v_chk <> 10 AND v_chk = substr(p_nhs_no, 10, 1)::integer;
END;
$$;

CREATE FUNCTION clinic.set_upd_dt() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.upd_dt := now();
    RETURN NEW;
END;
$$;

CREATE DOMAIN clinic.nhs_number AS character(10)
    CONSTRAINT nhs_number_chk CHECK (clinic.nhs_no_valid(VALUE));

CREATE TYPE clinic.appt_status AS ENUM ('BOOKED', 'ARRIVED', 'IN_PROGRESS', 'COMPLETED', 'DNA', 'CANCELLED');
CREATE TYPE clinic.prac_type AS ENUM ('CONSULTANT', 'GP', 'NURSE', 'HCA', 'PHYSIO', 'DIETITIAN', 'PHARMACIST');
CREATE TYPE clinic.severity AS ENUM ('MILD', 'MODERATE', 'SEVERE', 'LIFE_THREATENING');
CREATE TYPE clinic.ref_urgency AS ENUM ('ROUTINE', 'URGENT', '2WW');
CREATE TYPE billing.inv_status AS ENUM ('DRAFT', 'ISSUED', 'PART_PAID', 'PAID', 'VOID', 'WRITTEN_OFF');
CREATE TYPE billing.pay_method AS ENUM ('CARD', 'CASH', 'BACS', 'CHEQUE', 'INSURER');

CREATE TABLE clinic.app_param (
    param_key varchar(60) NOT NULL,
    param_val text,
    descr varchar(200),
    upd_dt timestamp DEFAULT now(),
    CONSTRAINT app_param_pk PRIMARY KEY (param_key)
);

CREATE TABLE clinic.site (
    site_id serial NOT NULL,
    site_cd char(4) NOT NULL,
    site_name varchar(80) NOT NULL,
    addr1 varchar(60),
    addr2 varchar(60),
    town varchar(40),
    county varchar(40),
    postcode varchar(8),
    ph_no varchar(20),
    fax_no varchar(20),
    email varchar(100),
    ods_cd varchar(6),
    opened_dt date,
    active_flg char(1) DEFAULT 'Y' NOT NULL,
    CONSTRAINT site_pk PRIMARY KEY (site_id),
    CONSTRAINT site_cd_uk UNIQUE (site_cd),
    CONSTRAINT site_active_chk CHECK (active_flg IN ('Y', 'N'))
);

CREATE TABLE clinic.room (
    room_id serial NOT NULL,
    site_id integer NOT NULL,
    room_no varchar(10) NOT NULL,
    room_desc varchar(60),
    room_type varchar(12) DEFAULT 'CONSULT' NOT NULL,
    floor_no smallint DEFAULT 0,
    wheelchair_ok boolean DEFAULT true NOT NULL,
    CONSTRAINT room_pk PRIMARY KEY (room_id),
    CONSTRAINT room_site_fk FOREIGN KEY (site_id) REFERENCES clinic.site (site_id),
    CONSTRAINT room_site_no_uk UNIQUE (site_id, room_no)
);

CREATE TABLE clinic.practitioner (
    prac_id serial NOT NULL,
    prac_title varchar(10),
    prac_fname varchar(40) NOT NULL,
    prac_lname varchar(40) NOT NULL,
    prac_initials varchar(5),
    prac_type clinic.prac_type NOT NULL,
    reg_body varchar(5),
    reg_no varchar(12),
    specialty varchar(60),
    email varchar(100),
    mob_no varchar(20),
    ext_no varchar(6),
    base_site_id integer,
    start_dt date NOT NULL,
    end_dt date,
    sig_img bytea,
    diary_colour char(7) DEFAULT '#3366CC',
    created_dt timestamp DEFAULT now() NOT NULL,
    CONSTRAINT practitioner_pk PRIMARY KEY (prac_id),
    CONSTRAINT practitioner_site_fk FOREIGN KEY (base_site_id) REFERENCES clinic.site (site_id),
    CONSTRAINT practitioner_reg_uk UNIQUE (reg_body, reg_no),
    CONSTRAINT practitioner_dt_chk CHECK (end_dt IS NULL OR end_dt >= start_dt)
);

CREATE TABLE clinic.practitioner_site (
    prac_id integer NOT NULL,
    site_id integer NOT NULL,
    sessions_per_wk smallint DEFAULT 1 NOT NULL,
    CONSTRAINT practitioner_site_pk PRIMARY KEY (prac_id, site_id),
    CONSTRAINT practitioner_site_prac_fk FOREIGN KEY (prac_id) REFERENCES clinic.practitioner (prac_id) ON DELETE CASCADE,
    CONSTRAINT practitioner_site_site_fk FOREIGN KEY (site_id) REFERENCES clinic.site (site_id)
);

CREATE TABLE clinic.sys_user (
    usr_id serial NOT NULL,
    usr_login varchar(30) NOT NULL,
    pwd_hash varchar(100) NOT NULL,
    prac_id integer,
    disp_name varchar(80),
    email varchar(100),
    role_cd varchar(20) NOT NULL,
    site_id integer,
    last_login_dt timestamp,
    last_login_ip inet,
    failed_logins smallint DEFAULT 0 NOT NULL,
    locked_flg boolean DEFAULT false NOT NULL,
    pwd_changed_dt date,
    pwd_reset_tok varchar(64),
    pwd_reset_exp timestamp,
    totp_secret varchar(32),
    allowed_ips inet[],
    prefs jsonb DEFAULT '{}'::jsonb,
    active boolean DEFAULT true NOT NULL,
    created_dt timestamp DEFAULT now() NOT NULL,
    CONSTRAINT sys_user_pk PRIMARY KEY (usr_id),
    CONSTRAINT sys_user_login_uk UNIQUE (usr_login),
    CONSTRAINT sys_user_prac_fk FOREIGN KEY (prac_id) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT sys_user_site_fk FOREIGN KEY (site_id) REFERENCES clinic.site (site_id),
    CONSTRAINT sys_user_role_chk CHECK (role_cd IN ('ADMIN', 'MANAGER', 'RECEPTION', 'CLINICIAN', 'BILLING', 'SECRETARY'))
);

CREATE TABLE clinic.patient (
    pat_id serial NOT NULL,
    mrn char(8) NOT NULL,
    nhs_no clinic.nhs_number,
    pat_title varchar(6),
    pat_fname varchar(40) NOT NULL,
    pat_mname varchar(40),
    pat_lname varchar(40) NOT NULL,
    pat_prev_lname varchar(40),
    pat_pref_name varchar(40),
    pat_dob date NOT NULL,
    pat_sex char(1) NOT NULL,
    marital_sts char(1),
    ethnic_cd char(1),
    religion varchar(30),
    addr1 varchar(60),
    addr2 varchar(60),
    town varchar(40),
    county varchar(40),
    postcode varchar(8),
    ph_no varchar(20),
    mob_no varchar(20),
    wk_ph_no varchar(20),
    email varchar(100),
    pref_contact char(1) DEFAULT 'M',
    sms_consent boolean DEFAULT false NOT NULL,
    email_consent boolean DEFAULT false NOT NULL,
    gp_name varchar(60),
    gp_prac_cd char(6),
    gp_prac_name varchar(80),
    reg_site_id integer,
    reg_dt date NOT NULL,
    deceased_dt date,
    interp_req boolean DEFAULT false NOT NULL,
    pref_lang char(2) DEFAULT 'en',
    alert_txt varchar(200),
    photo bytea,
    pat_guid uuid NOT NULL,
    created_dt timestamp DEFAULT now() NOT NULL,
    upd_dt timestamp,
    upd_by integer,
    CONSTRAINT patient_pk PRIMARY KEY (pat_id),
    CONSTRAINT patient_mrn_uk UNIQUE (mrn),
    CONSTRAINT patient_guid_uk UNIQUE (pat_guid),
    CONSTRAINT patient_site_fk FOREIGN KEY (reg_site_id) REFERENCES clinic.site (site_id),
    CONSTRAINT patient_upd_by_fk FOREIGN KEY (upd_by) REFERENCES clinic.sys_user (usr_id),
    CONSTRAINT patient_sex_chk CHECK (pat_sex IN ('M', 'F', 'I', 'U')),
    CONSTRAINT patient_marital_chk CHECK (marital_sts IN ('S', 'M', 'D', 'W', 'P', 'X')),
    CONSTRAINT patient_contact_chk CHECK (pref_contact IN ('P', 'M', 'E', 'L')),
    CONSTRAINT patient_dod_chk CHECK (deceased_dt IS NULL OR deceased_dt >= pat_dob)
);
CREATE UNIQUE INDEX patient_nhs_no_uix ON clinic.patient (nhs_no) WHERE nhs_no IS NOT NULL;
CREATE INDEX patient_lname_idx ON clinic.patient (upper(pat_lname), pat_fname);
CREATE INDEX patient_dob_idx ON clinic.patient (pat_dob);
CREATE INDEX patient_postcode_idx ON clinic.patient (postcode);
CREATE TRIGGER patient_upd_dt_trg BEFORE UPDATE ON clinic.patient FOR EACH ROW EXECUTE FUNCTION clinic.set_upd_dt();

CREATE TABLE clinic.next_of_kin (
    nok_id serial NOT NULL,
    pat_id integer NOT NULL,
    nok_name varchar(80) NOT NULL,
    relationship varchar(20),
    ph_no varchar(20),
    alt_ph_no varchar(20),
    email varchar(100),
    addr1 varchar(60),
    postcode varchar(8),
    is_emerg boolean DEFAULT true NOT NULL,
    has_poa boolean DEFAULT false NOT NULL,
    priority smallint DEFAULT 1 NOT NULL,
    created_dt timestamp DEFAULT now() NOT NULL,
    CONSTRAINT next_of_kin_pk PRIMARY KEY (nok_id),
    CONSTRAINT next_of_kin_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id) ON DELETE CASCADE
);
CREATE INDEX next_of_kin_pat_idx ON clinic.next_of_kin (pat_id);

CREATE TABLE clinic.appointment (
    appt_id serial NOT NULL,
    pat_id integer NOT NULL,
    prac_id integer NOT NULL,
    site_id integer NOT NULL,
    room_id integer,
    appt_dt timestamp NOT NULL,
    dur_mins smallint DEFAULT 15 NOT NULL,
    appt_type varchar(12) DEFAULT 'FOLLOWUP' NOT NULL,
    status clinic.appt_status DEFAULT 'BOOKED' NOT NULL,
    reason varchar(200),
    notes text,
    booked_by integer,
    booked_dt timestamp DEFAULT now() NOT NULL,
    arrived_dt timestamp,
    cancel_dt timestamp,
    cancel_reason varchar(100),
    reminder_sent boolean DEFAULT false NOT NULL,
    CONSTRAINT appointment_pk PRIMARY KEY (appt_id),
    CONSTRAINT appointment_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT appointment_prac_fk FOREIGN KEY (prac_id) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT appointment_site_fk FOREIGN KEY (site_id) REFERENCES clinic.site (site_id),
    CONSTRAINT appointment_room_fk FOREIGN KEY (room_id) REFERENCES clinic.room (room_id),
    CONSTRAINT appointment_booked_by_fk FOREIGN KEY (booked_by) REFERENCES clinic.sys_user (usr_id),
    CONSTRAINT appointment_dur_chk CHECK (dur_mins > 0 AND dur_mins <= 240),
    CONSTRAINT appointment_type_chk CHECK (appt_type IN ('NEW', 'FOLLOWUP', 'PROCEDURE', 'TELEPHONE', 'VIDEO', 'REVIEW'))
);
CREATE INDEX appointment_pat_idx ON clinic.appointment (pat_id);
CREATE INDEX appointment_prac_dt_idx ON clinic.appointment (prac_id, appt_dt);
CREATE INDEX appointment_dt_idx ON clinic.appointment (appt_dt);

CREATE TABLE clinic.encounter (
    enc_id serial NOT NULL,
    appt_id integer,
    pat_id integer NOT NULL,
    prac_id integer NOT NULL,
    enc_start timestamp NOT NULL,
    enc_end timestamp,
    enc_type varchar(12) NOT NULL,
    pres_complaint text,
    hx_notes text,
    exam_notes text,
    plan_notes text,
    bp_sys smallint,
    bp_dia smallint,
    pulse smallint,
    temp_c numeric(3,1),
    wt_kg numeric(5,1),
    ht_cm numeric(4,1),
    bmi real,
    smoker_sts char(1),
    alcohol_units smallint,
    signed_off boolean DEFAULT false NOT NULL,
    signed_dt timestamp,
    CONSTRAINT encounter_pk PRIMARY KEY (enc_id),
    CONSTRAINT encounter_appt_uk UNIQUE (appt_id),
    CONSTRAINT encounter_appt_fk FOREIGN KEY (appt_id) REFERENCES clinic.appointment (appt_id),
    CONSTRAINT encounter_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT encounter_prac_fk FOREIGN KEY (prac_id) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT encounter_end_chk CHECK (enc_end IS NULL OR enc_end >= enc_start),
    CONSTRAINT encounter_smoker_chk CHECK (smoker_sts IN ('N', 'X', 'Y', 'U'))
);
CREATE INDEX encounter_pat_idx ON clinic.encounter (pat_id, enc_start);

CREATE TABLE clinic.icd10_code (
    icd10_cd varchar(7) NOT NULL,
    descr varchar(200) NOT NULL,
    chapter varchar(5),
    billable boolean DEFAULT true NOT NULL,
    CONSTRAINT icd10_code_pk PRIMARY KEY (icd10_cd)
);

CREATE TABLE clinic.diagnosis (
    diag_id serial NOT NULL,
    enc_id integer NOT NULL,
    pat_id integer NOT NULL,
    icd10_cd varchar(7) NOT NULL,
    diag_dt date NOT NULL,
    status varchar(12) DEFAULT 'CONFIRMED' NOT NULL,
    is_primary boolean DEFAULT false NOT NULL,
    onset_dt date,
    diag_notes text,
    recorded_by integer,
    CONSTRAINT diagnosis_pk PRIMARY KEY (diag_id),
    CONSTRAINT diagnosis_enc_fk FOREIGN KEY (enc_id) REFERENCES clinic.encounter (enc_id),
    CONSTRAINT diagnosis_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT diagnosis_icd10_fk FOREIGN KEY (icd10_cd) REFERENCES clinic.icd10_code (icd10_cd),
    CONSTRAINT diagnosis_prac_fk FOREIGN KEY (recorded_by) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT diagnosis_status_chk CHECK (status IN ('PROVISIONAL', 'CONFIRMED', 'RESOLVED', 'REFUTED'))
);
CREATE INDEX diagnosis_pat_idx ON clinic.diagnosis (pat_id);
CREATE INDEX diagnosis_icd10_idx ON clinic.diagnosis (icd10_cd);

CREATE TABLE clinic.drug (
    drug_id serial NOT NULL,
    drug_name varchar(100) NOT NULL,
    generic_name varchar(80),
    bnf_cd varchar(15),
    form varchar(20),
    strength varchar(20),
    cd_schedule smallint,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT drug_pk PRIMARY KEY (drug_id),
    CONSTRAINT drug_cd_schedule_chk CHECK (cd_schedule BETWEEN 1 AND 5)
);

CREATE TABLE clinic.prescription (
    rx_id serial NOT NULL,
    pat_id integer NOT NULL,
    prac_id integer NOT NULL,
    enc_id integer,
    drug_id integer NOT NULL,
    dosage varchar(40) NOT NULL,
    freq varchar(10),
    qty integer NOT NULL,
    qty_unit varchar(10),
    repeats smallint DEFAULT 0 NOT NULL,
    instructions text,
    start_dt date NOT NULL,
    end_dt date,
    rx_status varchar(10) DEFAULT 'ACTIVE' NOT NULL,
    is_repeat boolean DEFAULT false NOT NULL,
    stop_reason varchar(100),
    pharm_ods_cd varchar(6),
    rx_ref varchar(20),
    created_dt timestamp DEFAULT now() NOT NULL,
    CONSTRAINT prescription_pk PRIMARY KEY (rx_id),
    CONSTRAINT prescription_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT prescription_prac_fk FOREIGN KEY (prac_id) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT prescription_enc_fk FOREIGN KEY (enc_id) REFERENCES clinic.encounter (enc_id),
    CONSTRAINT prescription_drug_fk FOREIGN KEY (drug_id) REFERENCES clinic.drug (drug_id),
    CONSTRAINT prescription_qty_chk CHECK (qty > 0),
    CONSTRAINT prescription_status_chk CHECK (rx_status IN ('ACTIVE', 'STOPPED', 'COMPLETED', 'CANCELLED'))
);
CREATE INDEX prescription_pat_idx ON clinic.prescription (pat_id);
CREATE UNIQUE INDEX prescription_rx_ref_uix ON clinic.prescription (rx_ref);

CREATE TABLE clinic.allergy (
    alg_id serial NOT NULL,
    pat_id integer NOT NULL,
    allergen varchar(80) NOT NULL,
    alg_type varchar(10) NOT NULL,
    reaction varchar(200),
    severity clinic.severity,
    onset_dt date,
    recorded_dt timestamp DEFAULT now() NOT NULL,
    recorded_by integer,
    verified boolean DEFAULT false NOT NULL,
    CONSTRAINT allergy_pk PRIMARY KEY (alg_id),
    CONSTRAINT allergy_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT allergy_prac_fk FOREIGN KEY (recorded_by) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT allergy_type_chk CHECK (alg_type IN ('DRUG', 'FOOD', 'ENV', 'OTHER'))
);
CREATE INDEX allergy_pat_idx ON clinic.allergy (pat_id);

CREATE TABLE clinic.lab_test (
    test_cd varchar(10) NOT NULL,
    test_name varchar(80) NOT NULL,
    specimen varchar(20) NOT NULL,
    units varchar(20),
    ref_low numeric(10,3),
    ref_high numeric(10,3),
    tat_hrs smallint,
    CONSTRAINT lab_test_pk PRIMARY KEY (test_cd)
);

CREATE TABLE clinic.lab_order (
    order_id serial NOT NULL,
    pat_id integer NOT NULL,
    prac_id integer NOT NULL,
    enc_id integer,
    order_dt timestamp NOT NULL,
    priority char(1) DEFAULT 'R' NOT NULL,
    lab_name varchar(60),
    specimen_id varchar(20),
    clinical_info text,
    fasting boolean DEFAULT false NOT NULL,
    status varchar(12) DEFAULT 'ORDERED' NOT NULL,
    collected_dt timestamp,
    collected_by integer,
    CONSTRAINT lab_order_pk PRIMARY KEY (order_id),
    CONSTRAINT lab_order_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT lab_order_prac_fk FOREIGN KEY (prac_id) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT lab_order_enc_fk FOREIGN KEY (enc_id) REFERENCES clinic.encounter (enc_id),
    CONSTRAINT lab_order_coll_fk FOREIGN KEY (collected_by) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT lab_order_priority_chk CHECK (priority IN ('R', 'U', 'S')),
    CONSTRAINT lab_order_status_chk CHECK (status IN ('ORDERED', 'COLLECTED', 'IN_LAB', 'RESULTED', 'CANCELLED'))
);
CREATE INDEX lab_order_pat_idx ON clinic.lab_order (pat_id);
CREATE UNIQUE INDEX lab_order_specimen_uix ON clinic.lab_order (specimen_id);

CREATE TABLE clinic.lab_order_test (
    order_id integer NOT NULL,
    test_cd varchar(10) NOT NULL,
    CONSTRAINT lab_order_test_pk PRIMARY KEY (order_id, test_cd),
    CONSTRAINT lab_order_test_order_fk FOREIGN KEY (order_id) REFERENCES clinic.lab_order (order_id) ON DELETE CASCADE,
    CONSTRAINT lab_order_test_test_fk FOREIGN KEY (test_cd) REFERENCES clinic.lab_test (test_cd)
);

CREATE TABLE clinic.lab_result (
    result_id serial NOT NULL,
    order_id integer NOT NULL,
    test_cd varchar(10) NOT NULL,
    result_val numeric(10,3),
    result_txt varchar(100),
    units varchar(20),
    abn_flag char(1),
    result_dt timestamp NOT NULL,
    lab_comment text,
    reviewed_by integer,
    reviewed_dt timestamp,
    filed boolean DEFAULT false NOT NULL,
    hl7_msg text,
    CONSTRAINT lab_result_pk PRIMARY KEY (result_id),
    CONSTRAINT lab_result_order_test_fk FOREIGN KEY (order_id, test_cd) REFERENCES clinic.lab_order_test (order_id, test_cd),
    CONSTRAINT lab_result_prac_fk FOREIGN KEY (reviewed_by) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT lab_result_abn_chk CHECK (abn_flag IN ('H', 'L', 'N', 'A'))
);
CREATE INDEX lab_result_order_idx ON clinic.lab_result (order_id);

CREATE TABLE clinic.vaccination (
    vacc_id serial NOT NULL,
    pat_id integer NOT NULL,
    vaccine varchar(80) NOT NULL,
    batch_no varchar(20),
    dose_no smallint DEFAULT 1 NOT NULL,
    given_dt date NOT NULL,
    given_by integer,
    site_id integer,
    route varchar(4),
    body_site varchar(30),
    expiry_dt date,
    consent_by varchar(10),
    reaction_notes text,
    CONSTRAINT vaccination_pk PRIMARY KEY (vacc_id),
    CONSTRAINT vaccination_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT vaccination_prac_fk FOREIGN KEY (given_by) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT vaccination_site_fk FOREIGN KEY (site_id) REFERENCES clinic.site (site_id),
    CONSTRAINT vaccination_route_chk CHECK (route IN ('IM', 'SC', 'ID', 'PO', 'IN'))
);
CREATE INDEX vaccination_pat_idx ON clinic.vaccination (pat_id);

CREATE TABLE clinic.referral (
    ref_id serial NOT NULL,
    pat_id integer NOT NULL,
    from_prac_id integer NOT NULL,
    enc_id integer,
    ref_dt date NOT NULL,
    to_service varchar(60) NOT NULL,
    to_org varchar(100),
    to_clinician varchar(80),
    urgency clinic.ref_urgency DEFAULT 'ROUTINE' NOT NULL,
    reason text,
    ubrn varchar(12),
    status varchar(12) DEFAULT 'SENT' NOT NULL,
    ack_dt date,
    letter_pdf bytea,
    CONSTRAINT referral_pk PRIMARY KEY (ref_id),
    CONSTRAINT referral_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT referral_prac_fk FOREIGN KEY (from_prac_id) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT referral_enc_fk FOREIGN KEY (enc_id) REFERENCES clinic.encounter (enc_id),
    CONSTRAINT referral_status_chk CHECK (status IN ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'BOOKED', 'REJECTED', 'COMPLETED'))
);
CREATE INDEX referral_pat_idx ON clinic.referral (pat_id);

CREATE TABLE clinic.home_visit (
    visit_id serial NOT NULL,
    pat_id integer NOT NULL,
    prac_id integer NOT NULL,
    visit_dt timestamp NOT NULL,
    home_lat numeric(9,6),
    home_lon numeric(9,6),
    latitude double precision,
    longitude double precision,
    arrived_ts timestamptz,
    left_ts timestamptz,
    mileage numeric(6,1),
    key_safe_cd varchar(10),
    access_notes varchar(200),
    visit_notes text,
    outcome varchar(20),
    CONSTRAINT home_visit_pk PRIMARY KEY (visit_id),
    CONSTRAINT home_visit_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT home_visit_prac_fk FOREIGN KEY (prac_id) REFERENCES clinic.practitioner (prac_id),
    CONSTRAINT home_visit_lat_chk CHECK (home_lat BETWEEN -90 AND 90),
    CONSTRAINT home_visit_lon_chk CHECK (home_lon BETWEEN -180 AND 180)
);

CREATE TABLE clinic.sms_msg (
    sms_id serial NOT NULL,
    pat_id integer NOT NULL,
    appt_id integer,
    to_no varchar(20) NOT NULL,
    msg_body varchar(480) NOT NULL,
    sent_ts timestamptz,
    provider_msg_id varchar(40),
    delivery_sts varchar(12) DEFAULT 'QUEUED' NOT NULL,
    cost_pence smallint,
    CONSTRAINT sms_msg_pk PRIMARY KEY (sms_id),
    CONSTRAINT sms_msg_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT sms_msg_appt_fk FOREIGN KEY (appt_id) REFERENCES clinic.appointment (appt_id)
);

CREATE TABLE clinic.audit_log (
    log_id bigserial NOT NULL,
    log_ts timestamptz DEFAULT now() NOT NULL,
    usr_id integer,
    action varchar(10) NOT NULL,
    tbl_name varchar(40) NOT NULL,
    rec_id integer,
    client_ip inet,
    session_id char(32),
    old_vals jsonb,
    new_vals jsonb,
    CONSTRAINT audit_log_pk PRIMARY KEY (log_id),
    CONSTRAINT audit_log_usr_fk FOREIGN KEY (usr_id) REFERENCES clinic.sys_user (usr_id)
);
CREATE INDEX audit_log_ts_idx ON clinic.audit_log (log_ts);
CREATE INDEX audit_log_tbl_rec_idx ON clinic.audit_log (tbl_name, rec_id);

CREATE TABLE public.spring_session (
    primary_id char(36) NOT NULL,
    session_id char(36) NOT NULL,
    creation_time bigint NOT NULL,
    last_access_time bigint NOT NULL,
    max_inactive_interval int NOT NULL,
    expiry_time bigint NOT NULL,
    principal_name varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON public.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON public.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON public.spring_session (principal_name);

CREATE TABLE public.spring_session_attributes (
    session_primary_id char(36) NOT NULL,
    attribute_name varchar(200) NOT NULL,
    attribute_bytes bytea NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES public.spring_session (primary_id) ON DELETE CASCADE
);

CREATE TABLE billing.ins_provider (
    prov_id serial NOT NULL,
    prov_cd varchar(10) NOT NULL,
    prov_name varchar(80) NOT NULL,
    addr1 varchar(60),
    addr2 varchar(60),
    town varchar(40),
    postcode varchar(8),
    ph_no varchar(20),
    claims_email varchar(100),
    edi_sender_id varchar(20),
    portal_url varchar(200),
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT ins_provider_pk PRIMARY KEY (prov_id),
    CONSTRAINT ins_provider_cd_uk UNIQUE (prov_cd)
);

CREATE TABLE billing.pat_policy (
    policy_id serial NOT NULL,
    pat_id integer NOT NULL,
    prov_id integer NOT NULL,
    member_no varchar(20) NOT NULL,
    policy_no varchar(20),
    scheme_name varchar(60),
    employer_name varchar(80),
    holder_name varchar(80),
    holder_dob date,
    rel_to_holder varchar(10) DEFAULT 'SELF' NOT NULL,
    start_dt date NOT NULL,
    end_dt date,
    excess_amt numeric(8,2) DEFAULT 0 NOT NULL,
    auth_cd varchar(20),
    is_primary boolean DEFAULT true NOT NULL,
    verified_dt date,
    CONSTRAINT pat_policy_pk PRIMARY KEY (policy_id),
    CONSTRAINT pat_policy_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT pat_policy_prov_fk FOREIGN KEY (prov_id) REFERENCES billing.ins_provider (prov_id),
    CONSTRAINT pat_policy_member_uk UNIQUE (prov_id, member_no),
    CONSTRAINT pat_policy_rel_chk CHECK (rel_to_holder IN ('SELF', 'SPOUSE', 'PARTNER', 'CHILD', 'OTHER')),
    CONSTRAINT pat_policy_excess_chk CHECK (excess_amt >= 0)
);
CREATE INDEX pat_policy_pat_idx ON billing.pat_policy (pat_id);

CREATE TABLE billing.fee_code (
    fee_cd varchar(10) NOT NULL,
    descr varchar(120) NOT NULL,
    ccsd_cd varchar(8),
    amount numeric(10,2) NOT NULL,
    vat_rate numeric(4,2) DEFAULT 0 NOT NULL,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT fee_code_pk PRIMARY KEY (fee_cd)
);

CREATE TABLE billing.invoice (
    inv_id serial NOT NULL,
    inv_no varchar(12) NOT NULL,
    pat_id integer NOT NULL,
    policy_id integer,
    site_id integer NOT NULL,
    inv_dt date NOT NULL,
    due_dt date,
    bill_to char(1) DEFAULT 'P' NOT NULL,
    bill_name varchar(80),
    bill_addr1 varchar(60),
    bill_addr2 varchar(60),
    bill_town varchar(40),
    bill_postcode varchar(8),
    bill_email varchar(100),
    subtotal numeric(10,2) DEFAULT 0 NOT NULL,
    vat_amt numeric(10,2) DEFAULT 0 NOT NULL,
    total numeric(10,2) DEFAULT 0 NOT NULL,
    amt_paid numeric(10,2) DEFAULT 0 NOT NULL,
    status billing.inv_status DEFAULT 'DRAFT' NOT NULL,
    currency char(3) DEFAULT 'GBP' NOT NULL,
    notes varchar(255),
    created_by integer,
    created_dt timestamp DEFAULT now() NOT NULL,
    CONSTRAINT invoice_pk PRIMARY KEY (inv_id),
    CONSTRAINT invoice_no_uk UNIQUE (inv_no),
    CONSTRAINT invoice_pat_fk FOREIGN KEY (pat_id) REFERENCES clinic.patient (pat_id),
    CONSTRAINT invoice_policy_fk FOREIGN KEY (policy_id) REFERENCES billing.pat_policy (policy_id),
    CONSTRAINT invoice_site_fk FOREIGN KEY (site_id) REFERENCES clinic.site (site_id),
    CONSTRAINT invoice_created_by_fk FOREIGN KEY (created_by) REFERENCES clinic.sys_user (usr_id),
    CONSTRAINT invoice_bill_to_chk CHECK (bill_to IN ('P', 'I', 'T'))
);
CREATE INDEX invoice_pat_idx ON billing.invoice (pat_id);
CREATE INDEX invoice_status_idx ON billing.invoice (status) WHERE status IN ('ISSUED', 'PART_PAID');

CREATE TABLE billing.invoice_line (
    line_id serial NOT NULL,
    inv_id integer NOT NULL,
    line_no smallint NOT NULL,
    fee_cd varchar(10) NOT NULL,
    appt_id integer,
    descr varchar(120),
    svc_dt date,
    qty numeric(6,2) DEFAULT 1 NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    vat_rate numeric(4,2) DEFAULT 0 NOT NULL,
    line_total numeric(10,2) NOT NULL,
    CONSTRAINT invoice_line_pk PRIMARY KEY (line_id),
    CONSTRAINT invoice_line_inv_fk FOREIGN KEY (inv_id) REFERENCES billing.invoice (inv_id) ON DELETE CASCADE,
    CONSTRAINT invoice_line_fee_fk FOREIGN KEY (fee_cd) REFERENCES billing.fee_code (fee_cd),
    CONSTRAINT invoice_line_appt_fk FOREIGN KEY (appt_id) REFERENCES clinic.appointment (appt_id),
    CONSTRAINT invoice_line_no_uk UNIQUE (inv_id, line_no)
);

CREATE TABLE billing.payment (
    pay_id serial NOT NULL,
    inv_id integer NOT NULL,
    pay_dt timestamp NOT NULL,
    amount numeric(10,2) NOT NULL,
    method billing.pay_method NOT NULL,
    is_refund boolean DEFAULT false NOT NULL,
    card_type varchar(12),
    card_no varchar(19),
    card_last4 char(4),
    card_exp char(5),
    card_holder varchar(80),
    auth_cd varchar(10),
    psp_ref varchar(40),
    psp_token varchar(40),
    sort_cd char(8),
    acct_no char(8),
    cheque_no varchar(10),
    ref_txt varchar(60),
    payer_ip inet,
    recvd_by integer,
    CONSTRAINT payment_pk PRIMARY KEY (pay_id),
    CONSTRAINT payment_inv_fk FOREIGN KEY (inv_id) REFERENCES billing.invoice (inv_id),
    CONSTRAINT payment_recvd_by_fk FOREIGN KEY (recvd_by) REFERENCES clinic.sys_user (usr_id),
    CONSTRAINT payment_amount_chk CHECK (amount <> 0)
);
CREATE INDEX payment_inv_idx ON billing.payment (inv_id);

CREATE TABLE billing.gl_account (
    acct_cd varchar(6) NOT NULL,
    acct_name varchar(60) NOT NULL,
    acct_type char(1) NOT NULL,
    CONSTRAINT gl_account_pk PRIMARY KEY (acct_cd),
    CONSTRAINT gl_account_type_chk CHECK (acct_type IN ('A', 'L', 'I', 'E', 'Q'))
);

CREATE TABLE billing.ledger (
    entry_id bigserial NOT NULL,
    entry_dt date NOT NULL,
    period char(7) NOT NULL,
    acct_cd varchar(6) NOT NULL,
    inv_id integer,
    pay_id integer,
    debit numeric(12,2) DEFAULT 0 NOT NULL,
    credit numeric(12,2) DEFAULT 0 NOT NULL,
    memo varchar(120),
    batch_no integer,
    posted_by integer,
    posted_ts timestamp DEFAULT now() NOT NULL,
    CONSTRAINT ledger_pk PRIMARY KEY (entry_id),
    CONSTRAINT ledger_acct_fk FOREIGN KEY (acct_cd) REFERENCES billing.gl_account (acct_cd),
    CONSTRAINT ledger_inv_fk FOREIGN KEY (inv_id) REFERENCES billing.invoice (inv_id),
    CONSTRAINT ledger_pay_fk FOREIGN KEY (pay_id) REFERENCES billing.payment (pay_id),
    CONSTRAINT ledger_posted_by_fk FOREIGN KEY (posted_by) REFERENCES clinic.sys_user (usr_id),
    CONSTRAINT ledger_amt_chk CHECK (debit >= 0 AND credit >= 0 AND (debit > 0 OR credit > 0))
);
CREATE INDEX ledger_period_idx ON billing.ledger (period, acct_cd);

INSERT INTO clinic.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) VALUES
(1, '1', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL, 'clinic_owner', '2016-03-14 10:22:07.412', 0, true),
(2, '1.1', 'add practitioner site link', 'SQL', 'V1_1__add_practitioner_site_link.sql', 1842291547, 'clinic_owner', '2016-03-14 10:22:08.031', 84, true),
(3, '1.2', 'appointment reminder flag', 'SQL', 'V1_2__appointment_reminder_flag.sql', -620137784, 'clinic_owner', '2016-05-02 19:04:51.220', 312, true),
(4, '1.3', 'patient email consent', 'SQL', 'V1_3__patient_email_consent.sql', 377014293, 'clinic_owner', '2016-07-19 20:11:36.905', 1290, true),
(5, '1.4', 'lab order tables', 'SQL', 'V1_4__lab_order_tables.sql', -1930551876, 'clinic_owner', '2016-11-08 21:30:02.117', 205, true),
(6, '1.5', 'lab result hl7', 'SQL', 'V1_5__lab_result_hl7.sql', 1029384756, 'clinic_owner', '2017-01-23 20:45:19.650', 97, true),
(7, '2.0', 'billing schema', 'SQL', 'V2_0__billing_schema.sql', -88231940, 'clinic_owner', '2017-04-03 22:02:44.388', 611, true),
(8, '2.1', 'insurance providers', 'SQL', 'V2_1__insurance_providers.sql', 562901338, 'clinic_owner', '2017-04-03 22:02:45.101', 48, true),
(9, '2.2', 'fee schedule 2017', 'SQL', 'V2_2__fee_schedule_2017.sql', 2044718203, 'clinic_owner', '2017-04-10 21:17:09.733', 36, true),
(10, '2.3', 'payment card columns', 'SQL', 'V2_3__payment_card_columns.sql', -1477320056, 'clinic_owner', '2017-06-28 20:55:12.026', 142, true),
(11, '2.4', 'ledger', 'SQL', 'V2_4__ledger.sql', 819263740, 'clinic_owner', '2017-09-14 21:40:33.874', 233, true),
(12, '2.5', 'vaccination table', 'SQL', 'V2_5__vaccination_table.sql', -302118475, 'clinic_owner', '2018-02-06 20:12:57.519', 77, true),
(13, '2.6', 'referral ubrn', 'SQL', 'V2_6__referral_ubrn.sql', 1193874420, 'clinic_owner', '2018-05-21 22:08:18.440', 59, true),
(14, '2.7', 'gdpr consent fields', 'SQL', 'V2_7__gdpr_consent_fields.sql', -2011540978, 'clinic_owner', '2018-05-24 23:31:05.006', 4120, true),
(15, '2.8', 'audit log jsonb', 'SQL', 'V2_8__audit_log_jsonb.sql', 655018231, 'clinic_owner', '2018-08-30 21:16:40.291', 18734, true),
(16, '2.9', 'home visits', 'SQL', 'V2_9__home_visits.sql', -950372611, 'clinic_owner', '2019-01-15 20:03:27.688', 64, true),
(17, '3.0', 'spring session', 'SQL', 'V3_0__spring_session.sql', 1304459911, 'clinic_owner', '2019-06-11 21:49:12.355', 38, true),
(18, '3.1', 'sys user totp', 'SQL', 'V3_1__sys_user_totp.sql', -417763025, 'clinic_owner', '2019-09-03 20:27:58.140', 29, true),
(19, '3.2', 'nhs number domain', 'SQL', 'V3_2__nhs_number_domain.sql', 1775620334, 'clinic_owner', '2019-11-19 22:14:06.902', 2563, true),
(20, '3.3', 'sms messages', 'SQL', 'V3_3__sms_messages.sql', -1190028746, 'clinic_owner', '2020-03-24 19:58:31.477', 51, true),
(21, '3.4', 'appointment video type', 'SQL', 'V3_4__appointment_video_type.sql', 240917563, 'clinic_owner', '2020-03-27 23:05:44.019', 903, true),
(22, '3.5', 'payment card masking', 'SQL', 'V3_5__payment_card_masking.sql', -733105982, 'clinic_owner', '2020-10-06 21:33:17.260', 6871, true),
(23, '3.6', 'fee schedule 2021', 'SQL', 'V3_6__fee_schedule_2021.sql', 1566032817, 'clinic_owner', '2021-01-04 20:41:09.833', 44, true),
(24, '3.7', 'allergy verified', 'SQL', 'V3_7__allergy_verified.sql', -58210499, 'clinic_owner', '2021-06-15 21:10:50.614', 36, true),
(25, '3.8', 'sys user allowed ips', 'SQL', 'V3_8__sys_user_allowed_ips.sql', 923570148, 'clinic_owner', '2022-02-01 20:55:26.198', 22, true),
(26, '3.9', 'encounter alcohol units', 'SQL', 'V3_9__encounter_alcohol_units.sql', -1650238871, 'clinic_owner', '2022-07-12 22:37:03.775', 415, true),
(27, '4.0', 'invoice bill to third party', 'SQL', 'V4_0__invoice_bill_to_third_party.sql', 407196652, 'clinic_owner', '2023-01-10 21:02:48.350', 187, true),
(28, '4.1', 'fee schedule 2023', 'SQL', 'V4_1__fee_schedule_2023.sql', -1288846310, 'clinic_owner', '2023-01-16 20:18:35.092', 40, true),
(29, '4.2', 'prescription rx ref', 'SQL', 'V4_2__prescription_rx_ref.sql', 1954033216, 'clinic_owner', '2023-08-22 21:44:11.508', 1382, true),
(30, '4.3', 'home visit gps', 'SQL', 'V4_3__home_visit_gps.sql', -365982107, 'clinic_owner', '2024-02-13 20:26:39.264', 33, true),
(31, '4.4', 'fee schedule 2024', 'SQL', 'V4_4__fee_schedule_2024.sql', 711593084, 'clinic_owner', '2024-04-02 19:51:07.930', 41, true),
(32, NULL, 'reporting views', 'SQL', 'R__reporting_views.sql', -1027445193, 'clinic_owner', '2024-04-02 19:51:08.112', 118, true),
(33, '4.5', 'lab order fasting', 'SQL', 'V4_5__lab_order_fasting.sql', 183220471, 'clinic_owner', '2024-09-17 21:08:52.446', 27, true);

INSERT INTO clinic.app_param (param_key, param_val, descr, upd_dt) VALUES
('appt.default.duration', '15', 'Default appointment length in minutes', '2016-03-14 10:30:00'),
('appt.reminder.hours', '48', 'Hours before appointment to send SMS reminder', '2020-03-24 20:10:00'),
('appt.dna.threshold', '3', 'DNA count before a patient is flagged to reception', '2018-01-09 09:12:00'),
('billing.invoice.prefix', 'INV', 'Invoice number prefix', '2017-04-03 22:10:00'),
('billing.invoice.terms.days', '30', 'Payment terms for self-pay invoices', '2017-04-03 22:10:00'),
('billing.vat.rate.standard', '20.00', 'Standard VAT rate (%)', '2017-04-03 22:10:00'),
('billing.currency', 'GBP', 'Default invoice currency', '2017-04-03 22:10:00'),
('sms.sender.name', 'NorthPkClin', 'Alphanumeric sender id shown on patient SMS', '2020-03-24 20:10:00'),
('sms.provider.url', 'https://api.textlocal.com/send/', 'SMS gateway endpoint', '2020-03-24 20:10:00'),
('smtp.host', 'smtp.office365.com', 'Outbound mail relay', '2019-02-11 17:45:00'),
('smtp.port', '587', 'Outbound mail relay port', '2019-02-11 17:45:00'),
('session.timeout.mins', '20', 'Idle timeout for clinical workstations', '2019-06-11 21:55:00'),
('security.pwd.max.age.days', '90', 'Password expiry for staff accounts', '2019-09-03 20:30:00'),
('security.lockout.attempts', '5', 'Failed logins before account is locked', '2019-09-03 20:30:00'),
('lab.hl7.inbound.dir', '/var/opt/clinic/hl7/in', 'Directory polled for ORU^R01 result files', '2017-01-23 21:00:00'),
('lab.default.name', 'The Doctors Laboratory', 'Default reference lab for new orders', '2016-11-08 21:40:00'),
('report.logo.path', '/var/opt/clinic/assets/letterhead.png', 'Logo printed on letters and invoices', '2018-03-05 11:02:00'),
('ui.diary.start.hour', '08', 'First hour shown in the appointment diary', '2016-03-14 10:30:00'),
('ui.diary.end.hour', '19', 'Last hour shown in the appointment diary', '2016-03-14 10:30:00'),
('gdpr.retention.years', '8', 'Retention period for adult records after last contact', '2018-05-24 23:40:00');

INSERT INTO clinic.site (site_cd, site_name, addr1, addr2, town, county, postcode, ph_no, fax_no, email, ods_cd, opened_dt, active_flg) VALUES
('LDS1', 'North Park Clinic Leeds', '14 Park Square East', NULL, 'Leeds', 'West Yorkshire', 'LS1 2NE', '0113 496 0200', '0113 496 0201', 'leeds@northparkclinic.co.uk', 'NT4L1', '2009-09-01', 'Y'),
('MAN1', 'North Park Clinic Manchester', 'Suite 3, St James''s Buildings', '65 Oxford Street', 'Manchester', 'Greater Manchester', 'M1 6FQ', '0161 496 0480', '0161 496 0481', 'manchester@northparkclinic.co.uk', 'NT4M1', '2012-04-16', 'Y'),
('HGT1', 'North Park Clinic Harrogate', '22 Victoria Avenue', NULL, 'Harrogate', 'North Yorkshire', 'HG1 1EL', '01423 496 310', NULL, 'harrogate@northparkclinic.co.uk', 'NT4H1', '2014-01-06', 'Y'),
('YRK1', 'North Park Clinic York', 'The Old Rectory', '3 Clifton', 'York', 'North Yorkshire', 'YO30 6AA', '01904 496 550', '01904 496 551', 'york@northparkclinic.co.uk', 'NT4Y1', '2016-10-03', 'Y'),
('SHF1', 'North Park Clinic Sheffield', '101 Clarkehouse Road', 'Broomhill', 'Sheffield', 'South Yorkshire', 'S10 2LN', '0114 496 0712', NULL, 'sheffield@northparkclinic.co.uk', 'NT4S1', '2019-05-13', 'Y'),
('BRD1', 'North Park Clinic Bradford (closed)', 'Unit 7, Listerhills Science Park', 'Campus Road', 'Bradford', 'West Yorkshire', 'BD7 1HR', '01274 496 020', NULL, NULL, 'NT4B1', '2013-02-04', 'N');

INSERT INTO clinic.room (site_id, room_no, room_desc, room_type, floor_no, wheelchair_ok)
SELECT s, r.no, r.descr, r.typ, r.flr, r.wc
FROM generate_series(1, 6) s
CROSS JOIN (VALUES
    (1, 'C1', 'Consulting room 1', 'CONSULT', 0, true),
    (2, 'C2', 'Consulting room 2', 'CONSULT', 0, true),
    (3, 'C3', 'Consulting room 3', 'CONSULT', 1, false),
    (4, 'TR1', 'Treatment room', 'TREATMENT', 0, true),
    (5, 'PH1', 'Phlebotomy', 'PHLEB', 0, true),
    (6, 'PT1', 'Physiotherapy gym', 'PHYSIO', 1, false)
) AS r(ord, no, descr, typ, flr, wc)
WHERE r.ord <= CASE s WHEN 1 THEN 6 WHEN 2 THEN 6 WHEN 3 THEN 4 WHEN 4 THEN 5 WHEN 5 THEN 5 ELSE 3 END
ORDER BY s, r.ord;


INSERT INTO clinic.practitioner (prac_title, prac_fname, prac_lname, prac_initials, prac_type, reg_body, reg_no, specialty, email, mob_no, ext_no, base_site_id, start_dt, end_dt, sig_img, diary_colour, created_dt)
SELECT t.title, t.fn, t.ln,
       left(t.fn, 1) || left(t.ln, 1),
       t.ty::clinic.prac_type,
       CASE t.ty WHEN 'CONSULTANT' THEN 'GMC' WHEN 'GP' THEN 'GMC' WHEN 'NURSE' THEN 'NMC' WHEN 'PHYSIO' THEN 'HCPC' WHEN 'DIETITIAN' THEN 'HCPC' WHEN 'PHARMACIST' THEN 'GPhC' END,
       CASE t.ty
           WHEN 'CONSULTANT' THEN (3000000 + (g * 271829) % 4000000)::text
           WHEN 'GP' THEN (6000000 + (g * 104729) % 1000000)::text
           WHEN 'NURSE' THEN lpad(((g * 37) % 100)::text, 2, '0') || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1 + (g * 7) % 26, 1) || lpad(((g * 7919) % 10000)::text, 4, '0') || substr('ABCDEFGHJKLMNPRSTUVWXYZ', 1 + (g * 11) % 23, 1)
           WHEN 'PHYSIO' THEN 'PH' || lpad(((g * 48271) % 200000)::text, 6, '0')
           WHEN 'DIETITIAN' THEN 'DT' || lpad(((g * 16807) % 40000)::text, 6, '0')
           WHEN 'PHARMACIST' THEN (2030000 + (g * 3571) % 90000)::text
       END,
       t.sp,
       lower(left(t.fn, 1) || '.' || t.ln) || '@northparkclinic.co.uk',
       CASE WHEN g % 5 = 3 THEN NULL
            WHEN g % 3 = 0 THEN '+44 7' || lpad(((g * 7331) % 1000)::text, 3, '0') || ' ' || lpad(((g * 92821) % 1000000)::text, 6, '0')
            ELSE '07' || (ARRAY['700','712','734','766','790','815','855','904','946','973'])[1 + g % 10] || ' ' || lpad(((g * 92821) % 1000000)::text, 6, '0') END,
       (2000 + g * 3)::text,
       CASE WHEN g IN (28, 35) THEN 6 ELSE 1 + (g * 7) % 5 END,
       date '2009-09-01' + ((g * 97) % 4800),
       CASE WHEN g IN (7, 22, 28, 35) THEN date '2009-09-01' + ((g * 97) % 4800) + 900 + g * 11 END,
       CASE WHEN t.ty IN ('CONSULTANT', 'GP', 'PHARMACIST') OR g % 3 = 0
            THEN '\x89504e470d0a1a0a0000000d49484452000001900000006408060000'::bytea || sha256(('sig' || g)::bytea) || sha256(('sig' || g || t.ln)::bytea) || '\x0000000049454e44ae426082'::bytea END,
       (ARRAY['#3366CC','#DC3912','#FF9900','#109618','#990099','#0099C6','#DD4477','#66AA00','#B82E2E','#316395'])[1 + g % 10],
       timestamp '2016-03-14 10:40:00' + g * interval '3 days 2 hours'
FROM generate_series(1, 40) g,
LATERAL (SELECT (ARRAY['Dr', 'Dr', 'Dr', 'Mr', 'Ms', 'Mr', 'Dr', 'Dr', 'Dr', 'Mr', 'Dr', 'Mr', 'Dr', 'Dr', 'Dr', 'Dr', 'Dr', 'Dr', 'Mrs', 'Ms', 'Mrs', 'Mr', 'Miss', 'Mrs', 'Ms', 'Mrs', 'Mrs', 'Miss', 'Mr', 'Mrs', 'Mr', 'Ms', 'Mr', 'Mrs', 'Mr', 'Ms', 'Mrs', 'Mr', 'Ms', 'Mr'])[g] AS title, (ARRAY['Rajesh', 'Helen', 'Andrew', 'Jonathan', 'Caroline', 'Imran', 'Sinead', 'Oluwaseun', 'Martin', 'Anil', 'Katarzyna', 'Richard', 'Sarah', 'Nikhil', 'Emma', 'Daniel', 'Fiona', 'Tariq', 'Joanne', 'Grace', 'Deborah', 'Luke', 'Hannah', 'Anita', 'Ewa', 'Lorraine', 'Tracey', 'Chloe', 'Jamal', 'Sandra', 'Thomas', 'Priya', 'Callum', 'Alison', 'Ben', 'Laura', 'Yasmin', 'Kevin', 'Mei', 'Harpreet'])[g] AS fn, (ARRAY['Kapoor', 'Fairbairn', 'Lister', 'Ashworth', 'Whitaker', 'Hussain', 'Gallagher', 'Adebayo', 'Crowther', 'Mehta', 'Zielinska', 'Thornton', 'Haigh', 'Chauhan', 'Brearley', 'Okonkwo', 'McAllister', 'Mahmood', 'Pickersgill', 'Osei', 'Hirst', 'Fenton', 'Shackleton', 'Parmar', 'Kaminska', 'Bottomley', 'Dobson', 'Atkinson', 'Bashir', 'Ellis', 'Greenwood', 'Raman', 'Reid', 'Marsden', 'Holroyd', 'Whiteley', 'Akhtar', 'Ogden', 'Lin', 'Sandhu'])[g] AS ln, (ARRAY['CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'CONSULTANT', 'GP', 'GP', 'GP', 'GP', 'GP', 'GP', 'NURSE', 'NURSE', 'NURSE', 'NURSE', 'NURSE', 'NURSE', 'NURSE', 'NURSE', 'HCA', 'HCA', 'HCA', 'HCA', 'PHYSIO', 'PHYSIO', 'PHYSIO', 'PHYSIO', 'PHYSIO', 'DIETITIAN', 'DIETITIAN', 'PHARMACIST', 'PHARMACIST', 'PHARMACIST'])[g] AS ty, (ARRAY['Cardiology', 'Dermatology', 'Gastroenterology', 'Trauma & Orthopaedics', 'Obstetrics & Gynaecology', 'Urology', 'Rheumatology', 'Endocrinology', 'Respiratory Medicine', 'ENT', 'Neurology', 'Ophthalmology', 'General Practice', 'General Practice', 'General Practice', 'General Practice', 'General Practice', 'General Practice', 'Practice Nursing', 'Practice Nursing', 'Nurse Practitioner', 'Practice Nursing', 'Travel Health', 'Diabetes Specialist Nurse', 'Practice Nursing', 'Tissue Viability', 'Phlebotomy', 'Phlebotomy', 'Healthcare Assistant', 'Healthcare Assistant', 'Musculoskeletal Physiotherapy', 'Musculoskeletal Physiotherapy', 'Sports Injury', 'Pelvic Health', 'Musculoskeletal Physiotherapy', 'Dietetics', 'Dietetics', 'Clinical Pharmacy', 'Clinical Pharmacy', 'Clinical Pharmacy'])[g] AS sp) t
ORDER BY g;

INSERT INTO clinic.practitioner_site (prac_id, site_id, sessions_per_wk)
SELECT p.prac_id, s.site_id,
       CASE WHEN s.site_id = p.base_site_id THEN 4 + p.prac_id % 5 ELSE 1 + (p.prac_id + s.site_id) % 2 END
FROM clinic.practitioner p
JOIN clinic.site s ON s.site_id = p.base_site_id
   OR (s.active_flg = 'Y' AND (p.prac_id + s.site_id) % 4 = 0)
ORDER BY p.prac_id, s.site_id;


INSERT INTO clinic.sys_user (usr_login, pwd_hash, prac_id, disp_name, email, role_cd, site_id, last_login_dt, last_login_ip, failed_logins, locked_flg, pwd_changed_dt, pwd_reset_tok, pwd_reset_exp, totp_secret, allowed_ips, prefs, active, created_dt) VALUES
('sysadmin', '$2a$12$' || substr(translate(replace(encode(sha256(('sysadmin-npc')::bytea) || sha256(('sysadmin-npc' || 'x')::bytea), 'base64'), E'\n', ''), '+=', '.'), 1, 53), NULL, 'System Administrator', 'it.support@northparkclinic.co.uk', 'ADMIN', 1, '2025-02-27 18:04:11', '10.20.1.5', 0, false, '2024-12-02', NULL, NULL, 'JBSWY3DPEHPK3PXPMZQWC2LOMVZGK4TF', ARRAY['10.20.0.0/16', '10.21.0.0/16']::inet[], '{"theme": "classic", "diaryView": "week", "rowsPerPage": 50}', true, '2016-03-14 10:31:00'),
('hl7.iface', '$2a$12$' || substr(translate(replace(encode(sha256(('hl7-interface-npc')::bytea) || sha256(('hl7-interface-npc' || 'x')::bytea), 'base64'), E'\n', ''), '+=', '.'), 1, 53), NULL, 'HL7 Results Interface', NULL, 'ADMIN', NULL, '2025-03-01 06:00:02', '10.20.1.40', 0, false, '2021-11-30', NULL, NULL, NULL, ARRAY['10.20.1.40']::inet[], '{}', true, '2017-01-23 21:05:00');

INSERT INTO clinic.sys_user (usr_login, pwd_hash, prac_id, disp_name, email, role_cd, site_id, last_login_dt, last_login_ip, failed_logins, locked_flg, pwd_changed_dt, pwd_reset_tok, pwd_reset_exp, totp_secret, allowed_ips, prefs, active, created_dt)
SELECT lower(left(p.prac_fname, 1) || regexp_replace(p.prac_lname, '[^A-Za-z]', '', 'g')) || CASE WHEN p.prac_id IN (34, 40) THEN '2' ELSE '' END,
       CASE WHEN p.prac_id IN (7, 22, 28) THEN md5('npc' || p.prac_id || p.prac_lname)
            ELSE '$2a$10$' || substr(translate(replace(encode(sha256(('pw' || p.prac_id || p.prac_fname)::bytea) || sha256(('pw' || p.prac_id || p.prac_fname || 'x')::bytea), 'base64'), E'\n', ''), '+=', '.'), 1, 53) END,
       p.prac_id,
       p.prac_title || ' ' || p.prac_fname || ' ' || p.prac_lname,
       p.email,
       'CLINICIAN',
       p.base_site_id,
       CASE WHEN p.end_dt IS NOT NULL THEN p.end_dt - 3 + time '16:42:10'
            ELSE timestamp '2025-02-20 08:00:00' + (p.prac_id * 7919 % 12000) * interval '1 minute' END,
       CASE WHEN p.prac_id % 6 = 0 THEN (ARRAY['86.144.23.7', '81.107.198.33', '2a00:23c5:8d14:a501:4d2e:91f3:c0a8:1b7e', '92.40.176.12', '2a02:c7c:5c3a:9e00:e1b4:7a2f:3c6d:88a1', '82.38.104.219', '151.226.14.98'])[1 + (p.prac_id / 6) % 7]::inet
            ELSE ('10.2' || (p.base_site_id - 1) || '.' || (10 + p.base_site_id) || '.' || (20 + p.prac_id * 3))::inet END,
       CASE WHEN p.prac_id % 11 = 4 THEN 2 ELSE 0 END,
       p.end_dt IS NOT NULL,
       date '2024-06-01' + (p.prac_id * 13) % 270,
       CASE WHEN p.prac_id IN (9, 17, 26, 33) THEN encode(sha256(('reset' || p.prac_id)::bytea), 'hex') END,
       CASE WHEN p.prac_id IN (9, 17, 26, 33) THEN timestamp '2025-01-06 09:00:00' + p.prac_id * interval '1 day 3 hours' END,
       CASE WHEN p.prac_type IN ('CONSULTANT', 'GP') AND p.prac_id % 4 <> 1
            THEN substr(translate(upper(replace(encode(sha256(('totp' || p.prac_id)::bytea), 'base64'), E'\n', '')), '0189+/=', 'QRSTUVW'), 1, 32) END,
       CASE WHEN p.prac_id % 6 = 0 THEN ARRAY[('10.2' || (p.base_site_id - 1) || '.0.0/16')::inet, (ARRAY['86.144.23.7', '81.107.198.33', '2a00:23c5:8d14:a501:4d2e:91f3:c0a8:1b7e', '92.40.176.12', '2a02:c7c:5c3a:9e00:e1b4:7a2f:3c6d:88a1', '82.38.104.219', '151.226.14.98'])[1 + (p.prac_id / 6) % 7]::inet] END,
       jsonb_build_object('theme', (ARRAY['classic', 'classic', 'high-contrast', 'blue'])[1 + p.prac_id % 4],
                          'diaryView', (ARRAY['day', 'week', 'day'])[1 + p.prac_id % 3],
                          'defaultSite', (SELECT s.site_cd FROM clinic.site s WHERE s.site_id = p.base_site_id),
                          'rowsPerPage', (ARRAY[25, 25, 50, 100])[1 + p.prac_id % 4],
                          'showPhotos', p.prac_id % 5 <> 0),
       p.end_dt IS NULL,
       p.start_dt - 7 + time '09:15:00'
FROM clinic.practitioner p
ORDER BY p.prac_id;

INSERT INTO clinic.sys_user (usr_login, pwd_hash, prac_id, disp_name, email, role_cd, site_id, last_login_dt, last_login_ip, failed_logins, locked_flg, pwd_changed_dt, pwd_reset_tok, pwd_reset_exp, totp_secret, allowed_ips, prefs, active, created_dt)
SELECT lower(left(t.fn, 1) || t.ln),
       '$2a$10$' || substr(translate(replace(encode(sha256(('staff' || g || t.ln)::bytea) || sha256(('staff' || g || t.ln || 'x')::bytea), 'base64'), E'\n', ''), '+=', '.'), 1, 53),
       NULL,
       t.fn || ' ' || t.ln,
       lower(t.fn || '.' || t.ln) || '@northparkclinic.co.uk',
       t.rl,
       CASE WHEN t.rl IN ('BILLING', 'ADMIN') THEN 1 ELSE 1 + (g * 3) % 5 END,
       CASE WHEN g IN (6, 14) THEN timestamp '2023-07-14 17:30:00' + g * interval '9 days'
            ELSE timestamp '2025-02-24 07:45:00' + (g * 4099 % 6000) * interval '1 minute' END,
       CASE WHEN g % 7 = 2 THEN (ARRAY['90.255.12.64', '2a00:23c7:1b2f:8301:a1c9:5f02:77de:e413', '109.150.33.201'])[1 + g % 3]::inet
            ELSE ('10.2' || ((g * 3) % 5) || '.' || (11 + (g * 3) % 5) || '.' || (150 + g))::inet END,
       CASE WHEN g = 9 THEN 5 ELSE g % 3 - 1 + abs(g % 3 - 1) END,
       g = 9,
       date '2024-05-01' + (g * 17) % 300,
       CASE WHEN g IN (9, 19) THEN encode(sha256(('reset-staff' || g)::bytea), 'hex') END,
       CASE WHEN g IN (9, 19) THEN timestamp '2025-02-11 10:12:00' + g * interval '2 hours' END,
       CASE WHEN t.rl IN ('ADMIN', 'MANAGER', 'BILLING')
            THEN substr(translate(upper(replace(encode(sha256(('totp-staff' || g)::bytea), 'base64'), E'\n', '')), '0189+/=', 'QRSTUVW'), 1, 32) END,
       CASE WHEN t.rl IN ('ADMIN', 'BILLING') THEN ARRAY['10.20.0.0/16'::inet] END,
       jsonb_build_object('theme', 'classic', 'diaryView', (ARRAY['day', 'week'])[1 + g % 2], 'rowsPerPage', 25),
       g NOT IN (6, 14),
       timestamp '2015-11-02 09:00:00' + g * interval '71 days'
FROM generate_series(1, 20) g,
LATERAL (SELECT (ARRAY['Janet', 'Paula', 'Kelly', 'Nasreen', 'Gemma', 'Bethany', 'Shazia', 'Lisa', 'Dawn', 'Claire', 'Mark', 'Rukhsana', 'Steven', 'Amy', 'Zofia', 'Carl', 'Natalie', 'Ruth', 'Jodie', 'Ahmed'])[g] AS fn, (ARRAY['Crossley', 'Rhodes', 'Marshall', 'Akram', 'Wainwright', 'Hale', 'Mirza', 'Naylor', 'Hepworth', 'Illingworth', 'Sugden', 'Bibi', 'Priestley', 'Fletcher', 'Lewandowska', 'Booth', 'Horsfall', 'Ambler', 'Kershaw', 'Farooq'])[g] AS ln, (ARRAY['MANAGER', 'RECEPTION', 'RECEPTION', 'RECEPTION', 'RECEPTION', 'RECEPTION', 'RECEPTION', 'SECRETARY', 'SECRETARY', 'SECRETARY', 'BILLING', 'BILLING', 'BILLING', 'RECEPTION', 'RECEPTION', 'ADMIN', 'MANAGER', 'SECRETARY', 'RECEPTION', 'ADMIN'])[g] AS rl) t
ORDER BY g;



INSERT INTO clinic.patient (mrn, nhs_no, pat_title, pat_fname, pat_mname, pat_lname, pat_prev_lname, pat_pref_name, pat_dob, pat_sex, marital_sts, ethnic_cd, religion, addr1, addr2, town, county, postcode, ph_no, mob_no, wk_ph_no, email, pref_contact, sms_consent, email_consent, gp_name, gp_prac_cd, gp_prac_name, reg_site_id, reg_dt, deceased_dt, interp_req, pref_lang, alert_txt, photo, pat_guid, created_dt, upd_dt, upd_by)
WITH b AS (
    SELECT g,
           CASE WHEN g % 211 = 0 THEN 'U' WHEN g % 2 = 0 THEN 'F' ELSE 'M' END AS sex,
           CASE WHEN g % 2 = 0 THEN (ARRAY['Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Chloe', 'Jessica', 'Hannah', 'Charlotte', 'Lucy', 'Megan', 'Rebecca', 'Sarah', 'Laura', 'Emma', 'Rachel', 'Joanne', 'Karen', 'Helen', 'Susan', 'Margaret', 'Patricia', 'Aisha', 'Priya', 'Fatima', 'Zainab', 'Anjali', 'Siobhan', 'Niamh', 'Agnieszka', 'Oksana', 'Chiamaka', 'Mei', 'Eleanor', 'Freya', 'Poppy', 'Ruby', 'Harriet', 'Jean', 'Brenda', 'Kirsty', 'Nadia'])[1 + ('x' || substr(md5('fn' || g), 1, 7))::bit(28)::integer % 44] ELSE (ARRAY['Oliver', 'George', 'Harry', 'Jack', 'Thomas', 'James', 'William', 'Daniel', 'Matthew', 'Joseph', 'Samuel', 'Liam', 'Callum', 'Ryan', 'Adam', 'Mohammed', 'Ibrahim', 'Arjun', 'Rohan', 'Hamza', 'Tomasz', 'Piotr', 'David', 'Michael', 'Peter', 'Stephen', 'Andrew', 'Paul', 'Graham', 'Keith', 'Kwame', 'Emeka', 'Connor', 'Declan', 'Rhys', 'Owen', 'Alfie', 'Noah', 'Leo', 'Hugh', 'Dennis', 'Barry', 'Imran', 'Craig'])[1 + ('x' || substr(md5('fn' || g), 1, 7))::bit(28)::integer % 44] END AS fn,
           CASE WHEN g % 5 IN (1, 3) THEN CASE WHEN g % 2 = 0 THEN (ARRAY['Louise', 'Jane', 'Marie', 'Elizabeth', 'Anne', 'Rose', 'May', 'Victoria', 'Claire', 'Nicole'])[1 + (g * 3) % 10] ELSE (ARRAY['James', 'John', 'Edward', 'Lee', 'Michael', 'Robert', 'Alexander', 'David', 'Paul', 'Ahmed'])[1 + (g * 3) % 10] END END AS mn,
           (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Ahmed', 'Hussain', 'Begum', 'Ali', 'Shah', 'Sharma', 'Singh', 'Kaur', 'O''Brien', 'Murphy', 'Kelly', 'McDonald', 'Campbell', 'Stewart', 'Kowalski', 'Nowak', 'Okafor', 'Adeyemi', 'Mensah', 'Chen', 'Wong', 'Nguyen', 'Hughes', 'Lewis', 'Harrison', 'Turner', 'Barker', 'Holmes', 'Sutcliffe', 'Ackroyd', 'Haigh', 'Brearley', 'Lister', 'Fairbairn', 'Armitage', 'Oduya', 'Rahman', 'Iqbal', 'Pickles'])[1 + ('x' || substr(md5('ln' || g), 1, 7))::bit(28)::integer % 61] AS ln,
           (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Ahmed', 'Hussain', 'Begum', 'Ali', 'Shah', 'Sharma', 'Singh', 'Kaur', 'O''Brien', 'Murphy', 'Kelly', 'McDonald', 'Campbell', 'Stewart', 'Kowalski', 'Nowak', 'Okafor', 'Adeyemi', 'Mensah', 'Chen', 'Wong', 'Nguyen', 'Hughes', 'Lewis', 'Harrison', 'Turner', 'Barker', 'Holmes', 'Sutcliffe', 'Ackroyd', 'Haigh', 'Brearley', 'Lister', 'Fairbairn', 'Armitage', 'Oduya', 'Rahman', 'Iqbal', 'Pickles'])[1 + ('x' || substr(md5('ln2' || g), 1, 7))::bit(28)::integer % 61] AS ln2,
           date '1936-04-01' + ('x' || substr(md5('dob' || g), 1, 7))::bit(28)::integer % 31800 AS dob,
           1 + (g * 5) % 12 AS ti,
           g % 6 + 1 AS oi,
           (g * 3) % 8 + 1 AS si
    FROM generate_series(1, 1200) g
), c AS (
    SELECT b.*,
           CASE WHEN b.dob > date '2007-01-01' THEN 'S'
                WHEN b.dob > date '1999-01-01' THEN (ARRAY['S', 'S', 'S', 'P', 'M', 'S'])[1 + b.g % 6]
                ELSE (ARRAY['M', 'S', 'M', 'D', 'W', 'P', 'M', 'S', NULL, 'M', 'X', 'S'])[1 + (b.g * 7) % 12] END AS mar,
           CASE WHEN b.ln IN ('Patel', 'Shah', 'Sharma', 'Singh', 'Kaur') THEN 'H'
                WHEN b.ln IN ('Khan', 'Hussain', 'Ali', 'Ahmed', 'Iqbal') THEN 'J'
                WHEN b.ln IN ('Begum', 'Rahman') THEN 'K'
                WHEN b.ln IN ('Okafor', 'Adeyemi', 'Mensah', 'Oduya') THEN 'N'
                WHEN b.ln IN ('Chen', 'Wong') THEN 'R'
                WHEN b.ln = 'Nguyen' THEN 'L'
                WHEN b.ln IN ('Kowalski', 'Nowak') THEN 'C'
                WHEN b.ln IN ('O''Brien', 'Murphy', 'Kelly') THEN 'B'
                ELSE (ARRAY['A', 'A', 'A', 'Z', 'A', 'M', 'A', 'D', 'A', NULL, 'A', 'S'])[1 + b.g % 12] END AS eth,
           (ARRAY['Leeds', 'Wakefield', 'Bradford', 'Huddersfield', 'Manchester', 'Stockport', 'Salford', 'Harrogate', 'York', 'Sheffield', 'Rotherham', 'Ilkley'])[b.ti] AS town,
           (ARRAY['West Yorkshire', 'West Yorkshire', 'West Yorkshire', 'West Yorkshire', 'Greater Manchester', 'Greater Manchester', 'Greater Manchester', 'North Yorkshire', 'North Yorkshire', 'South Yorkshire', 'South Yorkshire', 'West Yorkshire'])[b.ti] AS county,
           (ARRAY[ARRAY['LS6', 'LS8', 'LS17', 'LS16', 'LS12', 'LS28'],ARRAY['WF1', 'WF2', 'WF4', 'WF1', 'WF2', 'WF4'],ARRAY['BD9', 'BD3', 'BD18', 'BD9', 'BD3', 'BD18'],ARRAY['HD1', 'HD2', 'HD5', 'HD1', 'HD2', 'HD5'],ARRAY['M14', 'M20', 'M21', 'M16', 'M14', 'M20'],ARRAY['SK4', 'SK7', 'SK4', 'SK7', 'SK4', 'SK7'],ARRAY['M6', 'M50', 'M6', 'M50', 'M6', 'M50'],ARRAY['HG1', 'HG2', 'HG1', 'HG2', 'HG1', 'HG2'],ARRAY['YO10', 'YO24', 'YO31', 'YO30', 'YO10', 'YO24'],ARRAY['S10', 'S11', 'S7', 'S8', 'S10', 'S11'],ARRAY['S60', 'S65', 'S60', 'S65', 'S60', 'S65'],ARRAY['LS29', 'LS29', 'LS29', 'LS29', 'LS29', 'LS29']])[b.ti][b.oi] || ' ' || (1 + (b.g * 7) % 9) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (b.g * 3) % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (b.g * 11) % 20, 1) AS pc,
           (ARRAY[ARRAY['Otley Road', 'Harehills Lane', 'Roundhay Road', 'Kirkstall Lane', 'Street Lane', 'Moor Grange View', 'Tong Road', 'Ring Road Farsley'],ARRAY['Dewsbury Road', 'Thornes Park', 'Barnsley Road', 'Denby Dale Road', 'Dewsbury Road', 'Thornes Park', 'Barnsley Road', 'Denby Dale Road'],ARRAY['Toller Lane', 'Leeds Road', 'Bingley Road', 'Heaton Grove', 'Toller Lane', 'Leeds Road', 'Bingley Road', 'Heaton Grove'],ARRAY['Trinity Street', 'Halifax Road', 'Wakefield Road', 'Trinity Street', 'Halifax Road', 'Wakefield Road', 'Trinity Street', 'Halifax Road'],ARRAY['Wilmslow Road', 'Palatine Road', 'Barlow Moor Road', 'Mauldeth Road West', 'Withington Road', 'Wilmslow Road', 'Palatine Road', 'Barlow Moor Road'],ARRAY['Didsbury Road', 'Bramhall Lane', 'Chester Road', 'Didsbury Road', 'Bramhall Lane', 'Chester Road', 'Didsbury Road', 'Bramhall Lane'],ARRAY['Eccles Old Road', 'Broadway', 'Langworthy Road', 'Eccles Old Road', 'Broadway', 'Langworthy Road', 'Eccles Old Road', 'Broadway'],ARRAY['Kings Road', 'Leeds Road', 'Cold Bath Road', 'Duchy Road', 'Kings Road', 'Leeds Road', 'Cold Bath Road', 'Duchy Road'],ARRAY['Heslington Road', 'Tadcaster Road', 'Huntington Road', 'Burton Stone Lane', 'Bishopthorpe Road', 'Heslington Road', 'Tadcaster Road', 'Huntington Road'],ARRAY['Fulwood Road', 'Ecclesall Road', 'Abbeydale Road', 'Chesterfield Road', 'Psalter Lane', 'Fulwood Road', 'Ecclesall Road', 'Abbeydale Road'],ARRAY['Moorgate Road', 'Wickersley Road', 'Fitzwilliam Road', 'Moorgate Road', 'Wickersley Road', 'Fitzwilliam Road', 'Moorgate Road', 'Wickersley Road'],ARRAY['Cowpasture Road', 'Skipton Road', 'Valley Drive', 'Cowpasture Road', 'Skipton Road', 'Valley Drive', 'Cowpasture Road', 'Skipton Road']])[b.ti][b.si] AS street,
           (ARRAY['0113', '01924', '01274', '01484', '0161', '0161', '0161', '01423', '01904', '0114', '01709', '01943'])[b.ti] AS ac,
           (ARRAY['1', '1', '1', '1', '2', '2', '2', '3', '4', '5', '5', '1']::int[])[b.ti] AS site_id,
           (ARRAY['B86', 'B87', 'B83', 'B85', 'P84', 'P88', 'P87', 'B82', 'B82', 'C88', 'C87', 'B83'])[b.ti] AS ods,
           regexp_replace(lower(b.fn), '[^a-z]', '', 'g') AS efn,
           regexp_replace(lower(b.ln), '[^a-z]', '', 'g') AS eln,
           lpad(((b.g * 92821) % 1000000)::text, 6, '0') AS m6,
           lpad((('x' || substr(md5('ph' || b.g), 1, 7))::bit(28)::integer % 1000000)::text, 6, '0') AS l6,
           (ARRAY['700', '701', '711', '723', '739', '747', '752', '768', '775', '780', '799', '812', '825', '830', '847', '866', '879', '891', '903', '917', '929', '944', '956', '962', '971', '984'])[1 + (b.g * 17) % 26] AS mp,
           nhs.n9 || nhs.chk AS nhs_no
    FROM b
    CROSS JOIN LATERAL (
        SELECT c9.n9, CASE WHEN x.chk = 11 THEN 0 ELSE x.chk END AS chk
        FROM (SELECT lpad((400000000 + b.g * 7919 + k)::text, 9, '0') AS n9, k FROM generate_series(0, 3) k) c9
        CROSS JOIN LATERAL (SELECT 11 - sum(substr(c9.n9, i, 1)::integer * (11 - i)) % 11 AS chk FROM generate_series(1, 9) i) x
        WHERE x.chk <> 10
        ORDER BY c9.k
        LIMIT 1
    ) nhs
)
SELECT 'NP' || lpad((1000 + c.g * 17)::text, 6, '0'),
       CASE WHEN c.g % 14 <> 5 THEN c.nhs_no END,
       CASE WHEN c.g % 37 = 0 AND c.dob < date '1995-01-01' THEN 'Dr'
            WHEN c.sex = 'M' THEN CASE WHEN c.dob > date '2010-01-01' THEN 'Master' ELSE 'Mr' END
            WHEN c.sex = 'F' THEN CASE WHEN c.dob > date '2008-01-01' THEN 'Miss' WHEN c.mar IN ('M', 'W') THEN 'Mrs' WHEN c.g % 3 = 0 THEN 'Miss' ELSE 'Ms' END
            ELSE 'Mx' END,
       c.fn, c.mn, c.ln,
       CASE WHEN c.sex = 'F' AND c.mar IN ('M', 'W', 'D') AND c.g % 4 <> 1 AND c.ln2 <> c.ln THEN c.ln2 END,
       CASE WHEN c.g % 4 = 0 THEN CASE c.fn WHEN 'Margaret' THEN 'Maggie' WHEN 'Rebecca' THEN 'Becky' WHEN 'Patricia' THEN 'Trish' WHEN 'Elizabeth' THEN 'Liz'
                                      WHEN 'William' THEN 'Bill' WHEN 'Thomas' THEN 'Tom' WHEN 'Samuel' THEN 'Sam' WHEN 'Matthew' THEN 'Matt'
                                      WHEN 'Mohammed' THEN 'Mo' WHEN 'Joseph' THEN 'Joe' WHEN 'Michael' THEN 'Mick' WHEN 'Susan' THEN 'Sue'
                                      WHEN 'Agnieszka' THEN 'Aga' WHEN 'Charlotte' THEN 'Lottie' WHEN 'Andrew' THEN 'Andy' WHEN 'Daniel' THEN 'Dan' END END,
       c.dob,
       c.sex,
       c.mar,
       c.eth,
       (ARRAY['Church of England', 'No religion', 'Roman Catholic', NULL, 'Muslim', 'Christian', 'No religion', NULL, 'Hindu', 'Sikh', 'Methodist', 'Jewish', 'Buddhist', 'Declined to state', NULL])[1 + (c.g * 11) % 15],
       CASE WHEN c.g % 10 = 3 THEN 'Flat ' || (1 + c.g % 12) || ', ' ELSE '' END
           || CASE WHEN c.g % 23 = 7 THEN (ARRAY['Rose Cottage', 'The Old Vicarage', 'Hillcrest', 'Brookside House'])[1 + c.g % 4] || ', ' ELSE '' END
           || (1 + (c.g * 37) % 178)::text || CASE WHEN c.g % 31 = 0 THEN 'A' ELSE '' END || ' ' || c.street,
       CASE WHEN c.g % 10 IN (2, 5, 9) THEN (ARRAY[ARRAY['Headingley', 'Chapel Allerton', 'Roundhay'],ARRAY['Sandal', 'Outwood', 'Horbury'],ARRAY['Heaton', 'Idle', 'Shipley'],ARRAY['Lindley', 'Marsh', 'Almondbury'],ARRAY['Didsbury', 'Withington', 'Fallowfield'],ARRAY['Heaton Moor', 'Bramhall', 'Cheadle Hulme'],ARRAY['Pendleton', 'Weaste', 'Ordsall'],ARRAY['Starbeck', 'Bilton', 'Pannal'],ARRAY['Heworth', 'Dringhouses', 'Acomb'],ARRAY['Nether Edge', 'Crookes', 'Walkley'],ARRAY['Wickersley', 'Broom', 'Whiston'],ARRAY['Ben Rhydding', 'Burley-in-Wharfedale', 'Addingham']])[c.ti][1 + (c.g * 7) % 3] END,
       c.town, CASE WHEN c.g % 9 <> 4 THEN c.county END, c.pc,
       CASE WHEN c.g % 5 IN (0, 2, 4) THEN
           CASE WHEN length(c.ac) = 4 THEN
                CASE c.g % 3 WHEN 0 THEN c.ac || ' ' || (2 + c.g % 7) || substr(c.l6, 1, 2) || ' ' || substr(c.l6, 3, 4)
                             WHEN 1 THEN '+44 ' || substr(c.ac, 2) || ' ' || (2 + c.g % 7) || substr(c.l6, 1, 2) || ' ' || substr(c.l6, 3, 4)
                             ELSE '(' || c.ac || ') ' || (2 + c.g % 7) || substr(c.l6, 1, 2) || ' ' || substr(c.l6, 3, 4) END
                ELSE CASE c.g % 3 WHEN 0 THEN c.ac || ' ' || (2 + c.g % 7) || substr(c.l6, 1, 5)
                                  WHEN 1 THEN '+44 ' || substr(c.ac, 2) || ' ' || (2 + c.g % 7) || substr(c.l6, 1, 5)
                                  ELSE c.ac || ' ' || (2 + c.g % 7) || substr(c.l6, 1, 2) || ' ' || substr(c.l6, 3, 3) END END END,
       CASE WHEN c.g % 8 <> 6 AND c.dob < date '2012-01-01' THEN
           CASE c.g % 4 WHEN 0 THEN '07' || c.mp || ' ' || c.m6
                        WHEN 1 THEN '07' || c.mp || c.m6
                        WHEN 2 THEN '+44 7' || c.mp || ' ' || c.m6
                        ELSE '07' || c.mp || ' ' || substr(c.m6, 1, 3) || ' ' || substr(c.m6, 4, 3) END END,
       CASE WHEN c.g % 11 = 2 AND c.dob < date '2003-01-01' THEN
           (ARRAY['0113 243 ', '0161 236 ', '0114 272 ', '01904 55', '0113 391 '])[1 + c.g % 5] || lpad(((c.g * 61) % 10000)::text, 4, '0') END,
       CASE WHEN c.g % 10 NOT IN (4, 7, 8) AND c.dob < date '2010-01-01' THEN
           CASE (c.g / 3) % 5 WHEN 0 THEN c.efn || '.' || c.eln || ((c.g * 7) % 90 + 10)::text
                               WHEN 1 THEN c.efn || c.eln
                               WHEN 2 THEN left(c.efn, 1) || '.' || c.eln || (c.g % 100)::text
                               WHEN 3 THEN c.efn || '_' || c.eln || to_char(c.dob, 'YY')
                               ELSE c.eln || '.' || c.efn END
           || '@' || (ARRAY['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'sky.com', 'icloud.com', 'gmail.com', 'live.co.uk', 'virginmedia.com', 'hotmail.com', 'gmail.com', 'talktalk.net', 'aol.com', 'leeds.ac.uk', 'nhs.net', 'arup.com', 'asda.co.uk', 'yorkshirewater.co.uk', 'gmail.com'])[1 + (c.g * 7) % 20] END,
       CASE WHEN c.dob < date '1945-01-01' THEN 'L' WHEN c.g % 8 = 6 THEN 'P' WHEN c.g % 6 = 1 THEN 'E' ELSE 'M' END,
       c.g % 8 <> 6 AND c.g % 9 <> 0,
       c.g % 10 NOT IN (4, 7, 8) AND c.g % 3 <> 0,
       CASE WHEN c.g % 17 <> 3 THEN 'Dr ' || substr('ABCDEFGHJKLMNPRSTW', 1 + (c.g * 5) % 18, 1) || ' ' || (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Ahmed', 'Hussain', 'Begum', 'Ali', 'Shah', 'Sharma', 'Singh', 'Kaur', 'O''Brien', 'Murphy', 'Kelly', 'McDonald', 'Campbell', 'Stewart', 'Kowalski', 'Nowak', 'Okafor', 'Adeyemi', 'Mensah', 'Chen', 'Wong', 'Nguyen', 'Hughes', 'Lewis', 'Harrison', 'Turner', 'Barker', 'Holmes', 'Sutcliffe', 'Ackroyd', 'Haigh', 'Brearley', 'Lister', 'Fairbairn', 'Armitage', 'Oduya', 'Rahman', 'Iqbal', 'Pickles'])[1 + (c.g * 41) % 61] END,
       c.ods || lpad((1 + (c.g * 7) % 60)::text, 3, '0'),
       (ARRAY[ARRAY['Otley Road', 'Harehills Lane', 'Roundhay Road', 'Kirkstall Lane', 'Street Lane', 'Moor Grange View', 'Tong Road', 'Ring Road Farsley'],ARRAY['Dewsbury Road', 'Thornes Park', 'Barnsley Road', 'Denby Dale Road', 'Dewsbury Road', 'Thornes Park', 'Barnsley Road', 'Denby Dale Road'],ARRAY['Toller Lane', 'Leeds Road', 'Bingley Road', 'Heaton Grove', 'Toller Lane', 'Leeds Road', 'Bingley Road', 'Heaton Grove'],ARRAY['Trinity Street', 'Halifax Road', 'Wakefield Road', 'Trinity Street', 'Halifax Road', 'Wakefield Road', 'Trinity Street', 'Halifax Road'],ARRAY['Wilmslow Road', 'Palatine Road', 'Barlow Moor Road', 'Mauldeth Road West', 'Withington Road', 'Wilmslow Road', 'Palatine Road', 'Barlow Moor Road'],ARRAY['Didsbury Road', 'Bramhall Lane', 'Chester Road', 'Didsbury Road', 'Bramhall Lane', 'Chester Road', 'Didsbury Road', 'Bramhall Lane'],ARRAY['Eccles Old Road', 'Broadway', 'Langworthy Road', 'Eccles Old Road', 'Broadway', 'Langworthy Road', 'Eccles Old Road', 'Broadway'],ARRAY['Kings Road', 'Leeds Road', 'Cold Bath Road', 'Duchy Road', 'Kings Road', 'Leeds Road', 'Cold Bath Road', 'Duchy Road'],ARRAY['Heslington Road', 'Tadcaster Road', 'Huntington Road', 'Burton Stone Lane', 'Bishopthorpe Road', 'Heslington Road', 'Tadcaster Road', 'Huntington Road'],ARRAY['Fulwood Road', 'Ecclesall Road', 'Abbeydale Road', 'Chesterfield Road', 'Psalter Lane', 'Fulwood Road', 'Ecclesall Road', 'Abbeydale Road'],ARRAY['Moorgate Road', 'Wickersley Road', 'Fitzwilliam Road', 'Moorgate Road', 'Wickersley Road', 'Fitzwilliam Road', 'Moorgate Road', 'Wickersley Road'],ARRAY['Cowpasture Road', 'Skipton Road', 'Valley Drive', 'Cowpasture Road', 'Skipton Road', 'Valley Drive', 'Cowpasture Road', 'Skipton Road']])[c.ti][1 + (c.g * 5) % 8] || (ARRAY[' Surgery', ' Medical Centre', ' Health Centre', ' Medical Practice', ' Family Practice'])[1 + c.g % 5],
       CASE WHEN c.ti = 3 AND c.g % 4 = 0 THEN 6 ELSE c.site_id END,
       GREATEST(s.opened_dt + (c.g * 331) % GREATEST(1, (CASE WHEN s.active_flg = 'Y' THEN date '2024-12-31' ELSE date '2018-12-31' END - s.opened_dt)), c.dob + 14 + c.g % 60),
       CASE WHEN c.g % 89 = 0 AND c.dob < date '1960-01-01' THEN date '2021-02-01' + (c.g * 13) % 1200 END,
       COALESCE(c.ln IN ('Kowalski', 'Nowak') AND c.g % 3 = 0 OR c.eth = 'K' AND c.dob < date '1965-01-01', false),
       CASE WHEN c.ln IN ('Kowalski', 'Nowak') AND c.g % 3 = 0 THEN 'pl' WHEN c.eth = 'K' AND c.dob < date '1965-01-01' THEN 'bn' WHEN c.eth = 'J' AND c.g % 7 = 0 THEN 'ur' ELSE 'en' END,
       CASE WHEN c.g % 16 = 9 THEN (ARRAY['Hard of hearing - please face patient when speaking', 'Needle phobic - allow extra time for bloods', 'Wheelchair user - book ground floor room', 'Requires chaperone for intimate examinations', 'Prefers female clinician', 'Do not leave voicemail on home number - see safeguarding note', 'Latex allergy - see allergy list', 'Learning disability - book double appointment', 'Verbally abusive to reception 03/2022 - warning letter sent', 'Partially sighted - large print letters', 'Carer attends all appointments (daughter)', 'Overseas patient - self-pay only'])[1 + (c.g / 16) % 12] END,
       CASE WHEN c.g % 9 = 2 THEN '\xffd8ffe000104a46494600010101004800480000ffdb004300'::bytea || sha256(('photo' || c.g)::bytea) || sha256(('photo2' || c.g)::bytea) || sha256(('photo3' || c.g)::bytea) || '\xffd9'::bytea END,
       md5('patient:' || c.g)::uuid,
       (GREATEST(s.opened_dt + (c.g * 331) % GREATEST(1, (CASE WHEN s.active_flg = 'Y' THEN date '2024-12-31' ELSE date '2018-12-31' END - s.opened_dt)), c.dob + 14 + c.g % 60)) + time '08:30:00' + (c.g % 500) * interval '1 minute',
       CASE WHEN c.g % 3 = 0 THEN GREATEST(GREATEST(s.opened_dt + (c.g * 331) % GREATEST(1, (CASE WHEN s.active_flg = 'Y' THEN date '2024-12-31' ELSE date '2018-12-31' END - s.opened_dt)), c.dob + 14 + c.g % 60) + time '17:05', timestamp '2023-03-01 09:00:00' + (c.g * 37) % 700 * interval '1 day' + (c.g % 480) * interval '1 minute') END,
       CASE WHEN c.g % 3 = 0 THEN 44 + (c.g * 7) % 19 END
FROM c
JOIN clinic.site s ON s.site_id = CASE WHEN c.ti = 3 AND c.g % 4 = 0 THEN 6 ELSE c.site_id END
ORDER BY c.g;



INSERT INTO clinic.next_of_kin (pat_id, nok_name, relationship, ph_no, alt_ph_no, email, addr1, postcode, is_emerg, has_poa, priority, created_dt)
WITH k0 AS (
    SELECT p.*, n.pri,
           CASE WHEN p.pat_dob > date '2007-01-01' THEN CASE WHEN n.pri = 1 THEN 'Mother' ELSE 'Father' END
                WHEN p.marital_sts IN ('M', 'P') AND n.pri = 1 THEN CASE WHEN p.marital_sts = 'P' THEN 'Partner' WHEN p.pat_sex = 'F' THEN 'Husband' ELSE 'Wife' END
                WHEN p.pat_dob < date '1955-01-01' THEN CASE WHEN p.pat_id % 2 = 0 THEN 'Daughter' ELSE 'Son' END
                ELSE (ARRAY['Sister', 'Brother', 'Mother', 'Father', 'Friend', 'Partner', 'Son', 'Daughter', 'Neighbour', 'Cousin'])[1 + (p.pat_id + n.pri) % 10] END AS rel,
           (ARRAY['Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Chloe', 'Jessica', 'Hannah', 'Charlotte', 'Lucy', 'Megan', 'Rebecca', 'Sarah', 'Laura', 'Emma', 'Rachel', 'Joanne', 'Karen', 'Helen', 'Susan', 'Margaret', 'Patricia', 'Aisha', 'Priya', 'Fatima', 'Zainab', 'Anjali', 'Siobhan', 'Niamh', 'Agnieszka', 'Oksana', 'Chiamaka', 'Mei', 'Eleanor', 'Freya', 'Poppy', 'Ruby', 'Harriet', 'Jean', 'Brenda', 'Kirsty', 'Nadia'])[1 + ('x' || substr(md5('nokf' || p.pat_id || n.pri), 1, 7))::bit(28)::integer % 44] AS ffn,
           (ARRAY['Oliver', 'George', 'Harry', 'Jack', 'Thomas', 'James', 'William', 'Daniel', 'Matthew', 'Joseph', 'Samuel', 'Liam', 'Callum', 'Ryan', 'Adam', 'Mohammed', 'Ibrahim', 'Arjun', 'Rohan', 'Hamza', 'Tomasz', 'Piotr', 'David', 'Michael', 'Peter', 'Stephen', 'Andrew', 'Paul', 'Graham', 'Keith', 'Kwame', 'Emeka', 'Connor', 'Declan', 'Rhys', 'Owen', 'Alfie', 'Noah', 'Leo', 'Hugh', 'Dennis', 'Barry', 'Imran', 'Craig'])[1 + ('x' || substr(md5('nokm' || p.pat_id || n.pri), 1, 7))::bit(28)::integer % 44] AS mfn,
           (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Ahmed', 'Hussain', 'Begum', 'Ali', 'Shah', 'Sharma', 'Singh', 'Kaur', 'O''Brien', 'Murphy', 'Kelly', 'McDonald', 'Campbell', 'Stewart', 'Kowalski', 'Nowak', 'Okafor', 'Adeyemi', 'Mensah', 'Chen', 'Wong', 'Nguyen', 'Hughes', 'Lewis', 'Harrison', 'Turner', 'Barker', 'Holmes', 'Sutcliffe', 'Ackroyd', 'Haigh', 'Brearley', 'Lister', 'Fairbairn', 'Armitage', 'Oduya', 'Rahman', 'Iqbal', 'Pickles'])[1 + ('x' || substr(md5('nokl' || p.pat_id || n.pri), 1, 7))::bit(28)::integer % 61] AS oln,
           lpad((('x' || substr(md5('nokph' || p.pat_id || n.pri), 1, 7))::bit(28)::integer % 1000000)::text, 6, '0') AS m6,
           (ARRAY['700', '703', '714', '725', '738', '742', '751', '769', '774', '786', '795', '810', '821', '834', '843', '868', '877', '889', '900', '913', '927', '940', '958', '966', '970', '988'])[1 + (p.pat_id * 7 + n.pri) % 26] AS mp
    FROM clinic.patient p
    CROSS JOIN LATERAL (SELECT 1 AS pri UNION ALL SELECT 2 WHERE p.pat_id % 7 = 0 OR p.pat_dob > date '2007-01-01' AND p.pat_id % 3 = 0) n
    WHERE p.pat_id % 4 NOT IN (0, 2) OR p.pat_dob > date '2007-01-01' OR p.pat_dob < date '1950-01-01'
), k AS (
    SELECT k0.*,
           CASE WHEN k0.rel IN ('Mother', 'Wife', 'Daughter', 'Sister') OR k0.rel IN ('Partner', 'Friend', 'Neighbour', 'Cousin') AND k0.pat_id % 2 = 1 THEN k0.ffn ELSE k0.mfn END AS nfn,
           CASE WHEN k0.rel IN ('Mother', 'Father', 'Wife', 'Husband', 'Brother') OR k0.rel IN ('Son', 'Sister') AND k0.pat_id % 3 <> 0 THEN k0.pat_lname ELSE k0.oln END AS nln
    FROM k0
)
SELECT k.pat_id,
       CASE WHEN k.pat_id % 19 = 0 AND k.nfn = k.ffn THEN 'Mrs ' WHEN k.pat_id % 19 = 0 THEN 'Mr ' ELSE '' END || k.nfn || ' ' || k.nln,
       k.rel,
       CASE k.pat_id % 5 WHEN 0 THEN '+44 7' || k.mp || ' ' || k.m6
                         WHEN 1 THEN '07' || k.mp || k.m6
                         WHEN 2 THEN COALESCE(k.ph_no, '07' || k.mp || ' ' || k.m6)
                         ELSE '07' || k.mp || ' ' || k.m6 END,
       CASE WHEN k.pat_id % 6 = 1 THEN '0' || (ARRAY['113', '161', '114', '1904', '1423', '1274'])[1 + k.pat_id % 6] || ' ' || (3 + k.pat_id % 6) || substr(k.m6, 5, 2) || ' ' || substr(k.m6, 1, 4) END,
       CASE WHEN k.pat_id % 5 IN (1, 3) THEN
           regexp_replace(lower(k.nfn), '[^a-z]', '', 'g')
           || (ARRAY['.', '', '_'])[1 + k.pat_id % 3]
           || regexp_replace(lower(k.nln), '[^a-z]', '', 'g')
           || (k.pat_id % 97)::text || '@' || (ARRAY['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'sky.com', 'icloud.com', 'gmail.com', 'live.co.uk', 'virginmedia.com', 'hotmail.com', 'gmail.com', 'talktalk.net', 'aol.com', 'leeds.ac.uk', 'nhs.net', 'arup.com', 'asda.co.uk', 'yorkshirewater.co.uk', 'gmail.com'])[1 + (k.pat_id * 3 + k.pri) % 20] END,
       CASE WHEN k.rel IN ('Mother', 'Father', 'Wife', 'Husband', 'Partner') THEN k.addr1
            WHEN k.pat_id % 3 = 0 THEN NULL
            ELSE (1 + (k.pat_id * 13) % 140)::text || ' ' || (ARRAY['Church Lane', 'Station Road', 'Manor Way', 'Victoria Street', 'Park Avenue', 'Westfield Close', 'The Crescent', 'Highfield Road', 'Mill Lane', 'Beech Grove', 'Springfield Avenue', 'Queens Road'])[1 + (k.pat_id + k.pri) % 12] END,
       CASE WHEN k.rel IN ('Mother', 'Father', 'Wife', 'Husband', 'Partner') THEN k.postcode
            WHEN k.pat_id % 3 = 0 THEN NULL
            ELSE (ARRAY['LS7', 'LS18', 'WF3', 'BD10', 'HX1', 'M33', 'SK8', 'WA14', 'HG3', 'YO26', 'S6', 'DN4', 'NE3', 'SW11', 'B15', 'NG5'])[1 + (k.pat_id * 5 + k.pri) % 16]
                 || ' ' || (1 + k.pat_id % 9) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (k.pat_id * 7) % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (k.pat_id * 13 + k.pri) % 20, 1) END,
       k.pri = 1 OR k.pat_id % 2 = 0,
       k.pat_dob < date '1945-01-01' AND k.rel IN ('Son', 'Daughter') AND k.pat_id % 2 = 0,
       k.pri,
       k.created_dt + (k.pri - 1) * interval '3 days 4 hours'
FROM k
ORDER BY k.pat_id, k.pri;


INSERT INTO clinic.appointment (pat_id, prac_id, site_id, room_id, appt_dt, dur_mins, appt_type, status, reason, notes, booked_by, booked_dt, arrived_dt, cancel_dt, cancel_reason, reminder_sent)
WITH a0 AS MATERIALIZED (
    SELECT g, d + time '08:00' + (('x' || substr(md5('tm' || g), 1, 7))::bit(28)::integer % 38) * interval '15 minutes' AS appt_dt,
           ('x' || substr(md5('ap' || g), 1, 7))::bit(28)::integer AS h_pat, ('x' || substr(md5('pr' || g), 1, 7))::bit(28)::integer AS h_prac, ('x' || substr(md5('st' || g), 1, 7))::bit(28)::integer % 100 AS h_st
    FROM generate_series(1, 2000) g
    CROSS JOIN LATERAL (SELECT date '2022-01-04' + (g * 1185) / 2000 AS d0) x
    CROSS JOIN LATERAL (SELECT x.d0 + CASE extract(isodow FROM x.d0) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS d) y
), pats AS MATERIALIZED (
    SELECT pat_id, reg_dt, CASE WHEN reg_site_id = 6 THEN 1 ELSE reg_site_id END AS site_id,
           row_number() OVER (ORDER BY reg_dt, pat_id) AS rn
    FROM clinic.patient
    WHERE deceased_dt IS NULL
), cum AS MATERIALIZED (
    SELECT d::date AS d, (SELECT count(*) FROM pats WHERE pats.reg_dt <= d::date) AS n
    FROM generate_series(date '2022-01-01', date '2025-04-30', interval '1 day') d
), a1 AS MATERIALIZED (
    SELECT a0.*, 1 + a0.h_pat % cum.n AS pick
    FROM a0
    JOIN cum ON cum.d = a0.appt_dt::date
), a1b AS MATERIALIZED (
    SELECT a1.*, p.pat_id, p.site_id
    FROM a1
    JOIN pats p ON p.rn = a1.pick
), ps AS MATERIALIZED (
    SELECT ps.site_id, ps.prac_id, pr.prac_type, pr.specialty,
           row_number() OVER (PARTITION BY ps.site_id ORDER BY ps.prac_id) AS rn,
           count(*) OVER (PARTITION BY ps.site_id) AS cnt
    FROM clinic.practitioner_site ps
    JOIN clinic.practitioner pr ON pr.prac_id = ps.prac_id
    WHERE pr.end_dt IS NULL
), rooms AS (
    SELECT room_id, site_id, row_number() OVER (PARTITION BY site_id ORDER BY room_id) AS rn, count(*) OVER (PARTITION BY site_id) AS cnt
    FROM clinic.room
), a2 AS MATERIALIZED (
    SELECT a1.*, ps.prac_id, ps.prac_type,
           CASE WHEN a1.g % 20 IN (3, 13) THEN 'NEW'
                WHEN ps.prac_type IN ('CONSULTANT') AND a1.g % 20 IN (1, 6, 11) THEN 'NEW'
                WHEN ps.prac_type IN ('CONSULTANT', 'GP') AND a1.g % 20 IN (4, 14) THEN 'TELEPHONE'
                WHEN ps.prac_type IN ('CONSULTANT', 'GP', 'DIETITIAN') AND a1.g % 20 = 8 THEN 'VIDEO'
                WHEN ps.prac_type IN ('CONSULTANT', 'NURSE', 'HCA') AND a1.g % 20 IN (9, 17) THEN 'PROCEDURE'
                WHEN ps.prac_type = 'PHARMACIST' AND a1.g % 3 = 0 THEN 'TELEPHONE'
                WHEN a1.g % 20 = 19 THEN 'REVIEW'
                ELSE 'FOLLOWUP' END AS atype,
           CASE WHEN a1.appt_dt >= timestamp '2025-03-03 12:00' THEN 'BOOKED'
                WHEN a1.appt_dt >= timestamp '2025-03-03 10:00' THEN 'ARRIVED'
                WHEN a1.h_st < 6 THEN 'DNA'
                WHEN a1.h_st < 17 THEN 'CANCELLED'
                ELSE 'COMPLETED' END AS st
    FROM a1b a1
    JOIN ps ON ps.site_id = a1.site_id AND ps.rn = 1 + a1.h_prac % ps.cnt
)
SELECT a2.pat_id, a2.prac_id, a2.site_id,
       CASE WHEN a2.atype IN ('TELEPHONE', 'VIDEO') THEN NULL ELSE r.room_id END,
       a2.appt_dt,
       CASE WHEN a2.prac_type IN ('PHYSIO', 'DIETITIAN') THEN CASE WHEN a2.atype = 'NEW' THEN 45 ELSE 30 END
            WHEN a2.prac_type = 'CONSULTANT' THEN CASE WHEN a2.atype = 'NEW' THEN 30 WHEN a2.atype = 'PROCEDURE' THEN 45 ELSE 20 END
            WHEN a2.prac_type = 'PHARMACIST' THEN 20
            WHEN a2.prac_type = 'HCA' THEN 10
            ELSE 15 END,
       a2.atype,
       a2.st::clinic.appt_status,
       CASE WHEN a2.g % 29 = 5 THEN NULL ELSE (ARRAY[ARRAY['Palpitations, ?AF', 'Chest pain on exertion', 'Follow-up after echo', 'Raised BP readings at home', 'Review of 24hr ECG', 'Breathlessness and ankle swelling', 'Palpitations, ?AF', 'Chest pain on exertion', 'Follow-up after echo', 'Raised BP readings at home', 'Review of 24hr ECG', 'Breathlessness and ankle swelling'],ARRAY['Changing mole on back', 'Eczema flare not settling', 'Acne review - on isotretinoin', 'Psoriasis review', 'Mole check - family history of melanoma', 'Rash on hands, ?contact dermatitis', 'Changing mole on back', 'Eczema flare not settling', 'Acne review - on isotretinoin', 'Psoriasis review', 'Mole check - family history of melanoma', 'Rash on hands, ?contact dermatitis'],ARRAY['Ongoing reflux symptoms', 'Change in bowel habit', 'IBS follow-up', 'Abnormal LFTs on GP bloods', 'Coeliac screen positive', 'Rectal bleeding', 'Ongoing reflux symptoms', 'Change in bowel habit', 'IBS follow-up', 'Abnormal LFTs on GP bloods', 'Coeliac screen positive', 'Rectal bleeding'],ARRAY['Right knee pain - ?meniscal tear', 'Hip pain, difficulty walking', 'Post-op review L knee arthroscopy', 'Shoulder pain, reduced movement', 'Carpal tunnel symptoms', 'Ankle injury - football', 'Right knee pain - ?meniscal tear', 'Hip pain, difficulty walking', 'Post-op review L knee arthroscopy', 'Shoulder pain, reduced movement', 'Carpal tunnel symptoms', 'Ankle injury - football'],ARRAY['Heavy periods', 'Pelvic pain', 'Menopause symptoms - HRT advice', 'Fertility consultation', 'Post-coil fitting check', 'Abnormal smear follow-up', 'Heavy periods', 'Pelvic pain', 'Menopause symptoms - HRT advice', 'Fertility consultation', 'Post-coil fitting check', 'Abnormal smear follow-up'],ARRAY['Raised PSA', 'LUTS - frequency and nocturia', 'Haematuria', 'Kidney stones follow-up', 'Vasectomy consultation', 'Recurrent UTIs', 'Raised PSA', 'LUTS - frequency and nocturia', 'Haematuria', 'Kidney stones follow-up', 'Vasectomy consultation', 'Recurrent UTIs'],ARRAY['Joint pain and morning stiffness', 'Methotrexate monitoring', '?Gout - swollen big toe', 'Fibromyalgia review', 'Raised CRP and joint pain', 'Polymyalgia follow-up', 'Joint pain and morning stiffness', 'Methotrexate monitoring', '?Gout - swollen big toe', 'Fibromyalgia review', 'Raised CRP and joint pain', 'Polymyalgia follow-up'],ARRAY['Thyroid nodule', 'Type 2 diabetes review', 'Hypothyroid - dose review', 'Osteoporosis assessment', 'PCOS', 'Low vitamin D, fatigue', 'Thyroid nodule', 'Type 2 diabetes review', 'Hypothyroid - dose review', 'Osteoporosis assessment', 'PCOS', 'Low vitamin D, fatigue'],ARRAY['Chronic cough', 'Asthma review', 'Breathlessness - ?COPD', 'Sleep apnoea assessment', 'Follow-up chest CT', 'Post-COVID breathlessness', 'Chronic cough', 'Asthma review', 'Breathlessness - ?COPD', 'Sleep apnoea assessment', 'Follow-up chest CT', 'Post-COVID breathlessness'],ARRAY['Hearing loss L ear', 'Recurrent tonsillitis', 'Tinnitus', 'Nasal obstruction', 'Dizziness/vertigo', 'Hoarse voice 6 weeks', 'Hearing loss L ear', 'Recurrent tonsillitis', 'Tinnitus', 'Nasal obstruction', 'Dizziness/vertigo', 'Hoarse voice 6 weeks'],ARRAY['Headaches - worsening', 'Numbness in hands', 'Tremor', 'Memory concerns', 'Migraine review', 'First seizure', 'Headaches - worsening', 'Numbness in hands', 'Tremor', 'Memory concerns', 'Migraine review', 'First seizure'],ARRAY['Cataract assessment', 'Floaters R eye', 'Glaucoma review', 'Dry eyes', 'Blurred vision', 'Post-op cataract check', 'Cataract assessment', 'Floaters R eye', 'Glaucoma review', 'Dry eyes', 'Blurred vision', 'Post-op cataract check'],ARRAY['Private GP appointment', 'Medication review', 'Sick note / fit note', 'Travel vaccinations advice', 'Chest infection', 'Back pain', 'Anxiety and low mood', 'Sore throat and fever', 'Well person check', 'Contraception review', 'UTI symptoms', 'Blood pressure check'],ARRAY['Private GP appointment', 'Medication review', 'Sick note / fit note', 'Travel vaccinations advice', 'Chest infection', 'Back pain', 'Anxiety and low mood', 'Sore throat and fever', 'Well person check', 'Contraception review', 'UTI symptoms', 'Blood pressure check'],ARRAY['Private GP appointment', 'Medication review', 'Sick note / fit note', 'Travel vaccinations advice', 'Chest infection', 'Back pain', 'Anxiety and low mood', 'Sore throat and fever', 'Well person check', 'Contraception review', 'UTI symptoms', 'Blood pressure check'],ARRAY['Private GP appointment', 'Medication review', 'Sick note / fit note', 'Travel vaccinations advice', 'Chest infection', 'Back pain', 'Anxiety and low mood', 'Sore throat and fever', 'Well person check', 'Contraception review', 'UTI symptoms', 'Blood pressure check'],ARRAY['Private GP appointment', 'Medication review', 'Sick note / fit note', 'Travel vaccinations advice', 'Chest infection', 'Back pain', 'Anxiety and low mood', 'Sore throat and fever', 'Well person check', 'Contraception review', 'UTI symptoms', 'Blood pressure check'],ARRAY['Private GP appointment', 'Medication review', 'Sick note / fit note', 'Travel vaccinations advice', 'Chest infection', 'Back pain', 'Anxiety and low mood', 'Sore throat and fever', 'Well person check', 'Contraception review', 'UTI symptoms', 'Blood pressure check'],ARRAY['Blood pressure check', 'Smear test', 'Dressing change', 'Ear irrigation', 'Spirometry', 'B12 injection', 'Blood pressure check', 'Smear test', 'Dressing change', 'Ear irrigation', 'Spirometry', 'B12 injection'],ARRAY['Blood pressure check', 'Smear test', 'Dressing change', 'Ear irrigation', 'Spirometry', 'B12 injection', 'Blood pressure check', 'Smear test', 'Dressing change', 'Ear irrigation', 'Spirometry', 'B12 injection'],ARRAY['Minor illness', 'Chest infection', 'Contraception pill check', 'UTI symptoms', 'Asthma review', 'Rash', 'Minor illness', 'Chest infection', 'Contraception pill check', 'UTI symptoms', 'Asthma review', 'Rash'],ARRAY['Blood pressure check', 'Smear test', 'Dressing change', 'Ear irrigation', 'Spirometry', 'B12 injection', 'Blood pressure check', 'Smear test', 'Dressing change', 'Ear irrigation', 'Spirometry', 'B12 injection'],ARRAY['Travel vaccinations - Thailand', 'Yellow fever vaccine', 'Travel clinic - India', 'Malaria prophylaxis advice', 'Rabies course dose 2', 'Typhoid and Hep A', 'Travel vaccinations - Thailand', 'Yellow fever vaccine', 'Travel clinic - India', 'Malaria prophylaxis advice', 'Rabies course dose 2', 'Typhoid and Hep A'],ARRAY['Diabetes annual review', 'HbA1c review', 'Insulin titration', 'Foot check', 'Starting Libre sensor', 'Hypo awareness review', 'Diabetes annual review', 'HbA1c review', 'Insulin titration', 'Foot check', 'Starting Libre sensor', 'Hypo awareness review'],ARRAY['Blood pressure check', 'Smear test', 'Dressing change', 'Ear irrigation', 'Spirometry', 'B12 injection', 'Blood pressure check', 'Smear test', 'Dressing change', 'Ear irrigation', 'Spirometry', 'B12 injection'],ARRAY['Leg ulcer dressing', 'Pressure sore review', 'Wound check post-op', 'Compression bandaging', 'Dressing change', 'Wound swab results', 'Leg ulcer dressing', 'Pressure sore review', 'Wound check post-op', 'Compression bandaging', 'Dressing change', 'Wound swab results'],ARRAY['Bloods - FBC U&E', 'Fasting bloods', 'INR check', 'Bloods for consultant', 'Thyroid bloods', 'HbA1c', 'Bloods - FBC U&E', 'Fasting bloods', 'INR check', 'Bloods for consultant', 'Thyroid bloods', 'HbA1c'],ARRAY['Bloods - FBC U&E', 'Fasting bloods', 'INR check', 'Bloods for consultant', 'Thyroid bloods', 'HbA1c', 'Bloods - FBC U&E', 'Fasting bloods', 'INR check', 'Bloods for consultant', 'Thyroid bloods', 'HbA1c'],ARRAY['ECG', 'BP check', 'Height/weight/BMI', 'Bloods', 'NHS health check', '24hr BP monitor fitting', 'ECG', 'BP check', 'Height/weight/BMI', 'Bloods', 'NHS health check', '24hr BP monitor fitting'],ARRAY['ECG', 'BP check', 'Height/weight/BMI', 'Bloods', 'NHS health check', '24hr BP monitor fitting', 'ECG', 'BP check', 'Height/weight/BMI', 'Bloods', 'NHS health check', '24hr BP monitor fitting'],ARRAY['Lower back pain', 'Neck pain', 'Knee rehab post ACL', 'Shoulder impingement', 'Plantar fasciitis', 'Hip pain', 'Lower back pain', 'Neck pain', 'Knee rehab post ACL', 'Shoulder impingement', 'Plantar fasciitis', 'Hip pain'],ARRAY['Lower back pain', 'Neck pain', 'Knee rehab post ACL', 'Shoulder impingement', 'Plantar fasciitis', 'Hip pain', 'Lower back pain', 'Neck pain', 'Knee rehab post ACL', 'Shoulder impingement', 'Plantar fasciitis', 'Hip pain'],ARRAY['Hamstring strain', 'Ankle sprain - running', 'Tennis elbow', 'Achilles tendinopathy', 'Knee pain - cycling', 'Shoulder - swimming', 'Hamstring strain', 'Ankle sprain - running', 'Tennis elbow', 'Achilles tendinopathy', 'Knee pain - cycling', 'Shoulder - swimming'],ARRAY['Postnatal pelvic floor', 'Stress incontinence', 'Pelvic pain', 'Prolapse symptoms', 'Diastasis recti', 'Post-prostatectomy continence', 'Postnatal pelvic floor', 'Stress incontinence', 'Pelvic pain', 'Prolapse symptoms', 'Diastasis recti', 'Post-prostatectomy continence'],ARRAY['Lower back pain', 'Neck pain', 'Knee rehab post ACL', 'Shoulder impingement', 'Plantar fasciitis', 'Hip pain', 'Lower back pain', 'Neck pain', 'Knee rehab post ACL', 'Shoulder impingement', 'Plantar fasciitis', 'Hip pain'],ARRAY['Weight management', 'IBS - low FODMAP', 'Type 2 diabetes diet', 'High cholesterol', 'Coeliac diet advice', 'Food allergy - child', 'Weight management', 'IBS - low FODMAP', 'Type 2 diabetes diet', 'High cholesterol', 'Coeliac diet advice', 'Food allergy - child'],ARRAY['Weight management', 'IBS - low FODMAP', 'Type 2 diabetes diet', 'High cholesterol', 'Coeliac diet advice', 'Food allergy - child', 'Weight management', 'IBS - low FODMAP', 'Type 2 diabetes diet', 'High cholesterol', 'Coeliac diet advice', 'Food allergy - child'],ARRAY['Medication review', 'Polypharmacy review', 'Anticoagulation review', 'Statin side effects', 'Inhaler technique', 'Hypertension medication titration', 'Medication review', 'Polypharmacy review', 'Anticoagulation review', 'Statin side effects', 'Inhaler technique', 'Hypertension medication titration'],ARRAY['Medication review', 'Polypharmacy review', 'Anticoagulation review', 'Statin side effects', 'Inhaler technique', 'Hypertension medication titration', 'Medication review', 'Polypharmacy review', 'Anticoagulation review', 'Statin side effects', 'Inhaler technique', 'Hypertension medication titration'],ARRAY['Medication review', 'Polypharmacy review', 'Anticoagulation review', 'Statin side effects', 'Inhaler technique', 'Hypertension medication titration', 'Medication review', 'Polypharmacy review', 'Anticoagulation review', 'Statin side effects', 'Inhaler technique', 'Hypertension medication titration']])[a2.prac_id][1 + ('x' || substr(md5('rs' || a2.g), 1, 7))::bit(28)::integer % 12] END,
       CASE WHEN a2.g % 3 = 0 THEN (ARRAY['Pt requests female chaperone', 'Self-pay - quoted package price', 'Insurer pre-auth obtained', 'Bring previous MRI report on disc', 'Interpreter booked (Polish)', 'Daughter will attend with patient', 'Pt running late - called ahead 10 mins', 'Referred by GP - letter scanned', 'Wheelchair access needed', 'Needs double appt - complex history', 'Please call mobile not landline', 'Pt prefers afternoon appts', 'Previous DNA x2 - confirm by phone', 'Letter from school requested', 'Results to be discussed', 'Bupa auth code on file', 'Do not send SMS - text to husband''s phone', 'Parking permit issued at reception'])[1 + ('x' || substr(md5('nt' || a2.g), 1, 7))::bit(28)::integer % 18] END,
       CASE WHEN a2.g % 17 = 0 THEN NULL ELSE (ARRAY[44, 45, 46, 47, 48, 49, 56, 57, 61, 50, 51, 52, 60])[1 + a2.g % 13] END,
       least(a2.appt_dt - (2 + ('x' || substr(md5('bk' || a2.g), 1, 7))::bit(28)::integer % 55) * interval '1 day' - (a2.g % 420) * interval '1 minute', timestamp '2025-03-03 09:00' - (a2.g % 97) * interval '7 hours'),
       CASE WHEN a2.st IN ('COMPLETED', 'ARRIVED') AND a2.atype NOT IN ('TELEPHONE', 'VIDEO') THEN a2.appt_dt - (a2.g % 16 - 4) * interval '1 minute' END,
       CASE WHEN a2.st = 'CANCELLED' THEN a2.appt_dt - (a2.g % 9) * interval '1 day' - (a2.g % 300 + 60) * interval '1 minute' END,
       CASE WHEN a2.st = 'CANCELLED' THEN (ARRAY['Patient cancelled - unwell', 'Patient cancelled - work commitments', 'Clinician unavailable', 'Rebooked at patient request', 'Insurer declined authorisation', 'Patient cancelled via SMS reply', 'Clinic closed - snow', 'Duplicate booking', 'Patient admitted to hospital', 'Childcare issues - will rebook'])[1 + a2.g % 10] END,
       a2.st <> 'BOOKED' AND a2.g % 9 <> 0 OR a2.st = 'BOOKED' AND a2.appt_dt < timestamp '2025-03-05'
FROM a2
JOIN rooms r ON r.site_id = a2.site_id AND r.rn = 1 + a2.g % r.cnt
ORDER BY a2.g;



INSERT INTO clinic.encounter (appt_id, pat_id, prac_id, enc_start, enc_end, enc_type, pres_complaint, hx_notes, exam_notes, plan_notes, bp_sys, bp_dia, pulse, temp_c, wt_kg, ht_cm, bmi, smoker_sts, alcohol_units, signed_off, signed_dt)
WITH e AS MATERIALIZED (
    SELECT a.appt_id, a.pat_id, a.prac_id, a.appt_type, a.reason, a.dur_mins,
           coalesce(a.arrived_dt, a.appt_dt) + (a.appt_id % 12) * interval '1 minute' AS st,
           pr.prac_type, p.pat_dob,
           date_part('year', age(a.appt_dt, p.pat_dob))::integer AS age_yrs,
           ('x' || substr(md5('v' || a.appt_id), 1, 7))::bit(28)::integer AS hv,
           ('x' || substr(md5('n' || a.appt_id), 1, 7))::bit(28)::integer AS hn
    FROM clinic.appointment a
    JOIN clinic.practitioner pr ON pr.prac_id = a.prac_id
    JOIN clinic.patient p ON p.pat_id = a.pat_id
    WHERE a.status = 'COMPLETED'
), v AS MATERIALIZED (
    SELECT e.*,
           CASE WHEN e.age_yrs < 16 THEN 4 + e.age_yrs * 3 + (e.hv % 40) / 10.0 ELSE 48 + (e.hv % 700) / 10.0 END AS wt,
           CASE WHEN e.age_yrs < 16 THEN 62 + e.age_yrs * 6 + (e.hv / 7) % 8 ELSE 152 + (e.hv / 13) % 40 END AS ht
    FROM e
)
SELECT v.appt_id, v.pat_id, v.prac_id, v.st,
       v.st + v.dur_mins * interval '1 minute' + ((v.hv % 11) - 3) * interval '1 minute',
       CASE v.appt_type WHEN 'TELEPHONE' THEN 'TEL' WHEN 'VIDEO' THEN 'VIDEO' WHEN 'PROCEDURE' THEN 'PROC' ELSE 'F2F' END,
       CASE WHEN v.reason IS NOT NULL THEN v.reason || (ARRAY[' for 2 weeks', ' for about 3 months', ' since last review', ', worse at night', ' - gradual onset over 6 weeks', ' on and off for a year', ', started after holiday', ' - GP tried treatment without improvement', '. Pt anxious about cause', ' - affecting sleep and work'])[1 + v.hn % 10] END,
       CASE WHEN v.prac_type NOT IN ('HCA') AND v.appt_id % 7 <> 3 THEN
            (ARRAY['Lives with husband, retired teacher.', 'Lives alone, independent with ADLs.', 'Married, 2 children, works as an accountant.', 'Student at Leeds Beckett.', 'Lives with partner, HGV driver.', 'Widowed, daughter visits daily.', 'Works night shifts as a nurse at LGI.', 'Self-employed builder.', 'Lives with parents, at school (Year 9).', 'Care home resident.', 'Works in IT, mostly from home.', 'Recently separated, under financial stress.'])[1 + (v.hn / 3) % 12] || ' ' || (ARRAY['PMH: HTN, T2DM.', 'PMH: asthma since childhood.', 'PMH: nil significant.', 'PMH: hypothyroidism on levothyroxine.', 'PMH: previous DVT 2018.', 'PMH: depression, on sertraline.', 'PMH: MI 2015, stented.', 'PMH: migraine, IBS.', 'PMH: breast Ca 2017 - in remission.', 'PMH: COPD, ex-smoker 30 pack years.', 'PMH: epilepsy, seizure free 4 yrs.', 'PMH: gout.'])[1 + (v.hn / 5) % 12] || ' ' || (ARRAY['FHx: father MI at 62.', 'FHx: mother breast cancer.', 'FHx: nil relevant.', 'FHx: T2DM in both parents.', 'FHx: brother bowel cancer age 50.', 'FHx: nil of note.', 'FHx: sister coeliac disease.', 'FHx: mother dementia.'])[1 + (v.hn / 7) % 8] END,
       CASE WHEN v.appt_type NOT IN ('TELEPHONE') AND v.prac_type NOT IN ('HCA', 'PHARMACIST') THEN (ARRAY['Alert and well. HS I+II+0. Chest clear. Abdo soft, non-tender.', 'Looks well. Obs stable. No focal neuro deficit.', 'Tender over medial joint line, small effusion, full ROM.', 'Erythematous scaly plaques on extensor surfaces.', 'Chest: scattered wheeze bilaterally, no crackles.', 'Abdo: mild epigastric tenderness, no guarding, BS normal.', 'Irregularly irregular pulse. No peripheral oedema.', 'Reduced ROM L shoulder, painful arc 60-120 degrees.', 'TMs normal bilaterally. Throat: enlarged tonsils with exudate.', 'Pigmented lesion 7mm L scapula, irregular border - dermoscopy atypical.', 'Mild tenderness L4/5 paraspinal, SLR negative.', 'Thyroid: 2cm nodule R lobe, moves on swallowing.'])[1 + (v.hn / 11) % 12] END,
       CASE WHEN v.prac_type <> 'HCA' THEN (ARRAY['Bloods today (FBC, U&E, LFT, TFT). Review 4/52 with results.', 'Referred for MRI L knee. Analgesia advice given.', 'Start naproxen 500mg BD with PPI cover. Safety-netted.', 'Excision biopsy booked. Discussed risks/benefits, consented.', 'Increase ramipril to 5mg OD. Home BP diary, review 2/52.', 'Urgent 2WW referral sent. Pt aware and agrees.', 'Physio referral. Exercise sheet given.', 'Continue current management. Discharge to GP.', 'Trial of PPI 8/52. Stop if symptoms resolve.', '24hr tape and echo requested. Advised to avoid caffeine.', 'Letter to GP re: statin. Lifestyle advice given.', 'Follow up in 6 months with repeat imaging.'])[1 + (v.hn / 13) % 12] END,
       CASE WHEN v.appt_type NOT IN ('TELEPHONE', 'VIDEO') AND v.hv % 5 < 3 AND v.age_yrs >= 16 THEN 108 + v.hv % 64 END,
       CASE WHEN v.appt_type NOT IN ('TELEPHONE', 'VIDEO') AND v.hv % 5 < 3 AND v.age_yrs >= 16 THEN 62 + (v.hv / 3) % 36 END,
       CASE WHEN v.appt_type NOT IN ('TELEPHONE', 'VIDEO') AND v.hv % 5 < 3 THEN 56 + (v.hv / 5) % 48 END,
       CASE WHEN v.appt_type NOT IN ('TELEPHONE', 'VIDEO') AND v.hv % 7 < 2 THEN round(36.1 + ((v.hv / 17) % 24) / 10.0, 1) END,
       CASE WHEN v.appt_type NOT IN ('TELEPHONE', 'VIDEO') AND v.hv % 4 = 1 THEN round(v.wt, 1) END,
       CASE WHEN v.appt_type NOT IN ('TELEPHONE', 'VIDEO') AND v.hv % 4 = 1 THEN round(v.ht, 1) END,
       CASE WHEN v.appt_type NOT IN ('TELEPHONE', 'VIDEO') AND v.hv % 4 = 1 THEN round((v.wt / ((v.ht / 100.0) ^ 2))::numeric, 1)::real END,
       CASE WHEN v.age_yrs < 14 THEN NULL ELSE (ARRAY['N', 'N', 'X', 'Y', 'N', 'U', 'X', 'N', NULL])[1 + (v.hv / 19) % 9] END,
       CASE WHEN v.age_yrs >= 18 AND v.hv % 3 = 0 THEN (ARRAY[0, 0, 2, 4, 6, 8, 10, 12, 14, 18, 21, 28, 35])[1 + (v.hv / 23) % 13] END,
       v.appt_id % 41 <> 7,
       CASE WHEN v.appt_id % 41 <> 7 THEN v.st + v.dur_mins * interval '1 minute' + (5 + v.hv % 600) * interval '1 minute' END
FROM v
ORDER BY v.appt_id;


INSERT INTO clinic.icd10_code (icd10_cd, descr, chapter, billable) VALUES
('I10', 'Essential (primary) hypertension', 'IX', true),
('I48', 'Atrial fibrillation and flutter', 'IX', false),
('I20.9', 'Angina pectoris, unspecified', 'IX', true),
('I50.0', 'Congestive heart failure', 'IX', true),
('R00.2', 'Palpitations', 'XVIII', true),
('R07.4', 'Chest pain, unspecified', 'XVIII', true),
('L20.9', 'Atopic dermatitis, unspecified', 'XII', true),
('L40.0', 'Psoriasis vulgaris', 'XII', true),
('L70.0', 'Acne vulgaris', 'XII', true),
('D22.5', 'Melanocytic naevi of trunk', 'II', true),
('C43.5', 'Malignant melanoma of trunk', 'II', true),
('L25.9', 'Unspecified contact dermatitis, unspecified cause', 'XII', true),
('K21.9', 'Gastro-oesophageal reflux disease without oesophagitis', 'XI', true),
('K58.9', 'Irritable bowel syndrome without diarrhoea', 'XI', true),
('K90.0', 'Coeliac disease', 'XI', true),
('K62.5', 'Haemorrhage of anus and rectum', 'XI', true),
('R19.4', 'Change in bowel habit', 'XVIII', true),
('R94.5', 'Abnormal results of liver function studies', 'XVIII', true),
('M17.1', 'Other primary gonarthrosis', 'XIII', true),
('M23.2', 'Derangement of meniscus due to old tear or injury', 'XIII', true),
('M16.1', 'Other primary coxarthrosis', 'XIII', true),
('M75.4', 'Impingement syndrome of shoulder', 'XIII', true),
('G56.0', 'Carpal tunnel syndrome', 'VI', true),
('S93.4', 'Sprain and strain of ankle', 'XIX', true),
('N92.0', 'Excessive and frequent menstruation with regular cycle', 'XIV', true),
('N95.1', 'Menopausal and female climacteric states', 'XIV', true),
('E28.2', 'Polycystic ovarian syndrome', 'IV', true),
('N97.9', 'Female infertility, unspecified', 'XIV', true),
('R10.2', 'Pelvic and perineal pain', 'XVIII', true),
('N40', 'Hyperplasia of prostate', 'XIV', false),
('N20.0', 'Calculus of kidney', 'XIV', true),
('N39.0', 'Urinary tract infection, site not specified', 'XIV', true),
('R31', 'Unspecified haematuria', 'XVIII', false),
('R77.8', 'Other specified abnormalities of plasma proteins', 'XVIII', true),
('M06.9', 'Rheumatoid arthritis, unspecified', 'XIII', true),
('M10.9', 'Gout, unspecified', 'XIII', true),
('M79.7', 'Fibromyalgia', 'XIII', true),
('M35.3', 'Polymyalgia rheumatica', 'XIII', true),
('E11.9', 'Type 2 diabetes mellitus without complications', 'IV', true),
('E03.9', 'Hypothyroidism, unspecified', 'IV', true),
('E04.1', 'Nontoxic single thyroid nodule', 'IV', true),
('M81.9', 'Osteoporosis, unspecified', 'XIII', true),
('E55.9', 'Vitamin D deficiency, unspecified', 'IV', true),
('J45.9', 'Asthma, unspecified', 'X', true),
('J44.9', 'Chronic obstructive pulmonary disease, unspecified', 'X', true),
('G47.3', 'Sleep apnoea', 'VI', true),
('R05', 'Cough', 'XVIII', false),
('U09.9', 'Post COVID-19 condition, unspecified', 'XXII', true),
('H91.9', 'Hearing loss, unspecified', 'VIII', true),
('J03.9', 'Acute tonsillitis, unspecified', 'X', true),
('H93.1', 'Tinnitus', 'VIII', true),
('J34.2', 'Deviated nasal septum', 'X', true),
('H81.1', 'Benign paroxysmal vertigo', 'VIII', true),
('R49.0', 'Dysphonia', 'XVIII', true),
('G43.9', 'Migraine, unspecified', 'VI', true),
('G44.2', 'Tension-type headache', 'VI', true),
('R20.2', 'Paraesthesia of skin', 'XVIII', true),
('G25.0', 'Essential tremor', 'VI', true),
('F03', 'Unspecified dementia', 'V', false),
('R56.8', 'Other and unspecified convulsions', 'XVIII', true),
('H25.9', 'Senile cataract, unspecified', 'VII', true),
('H43.3', 'Other vitreous opacities', 'VII', true),
('H40.1', 'Primary open-angle glaucoma', 'VII', true),
('H04.1', 'Other disorders of lacrimal gland', 'VII', true),
('H53.8', 'Other visual disturbances', 'VII', true),
('J06.9', 'Acute upper respiratory infection, unspecified', 'X', true),
('J20.9', 'Acute bronchitis, unspecified', 'X', true),
('M54.5', 'Low back pain', 'XIII', true),
('F41.1', 'Generalized anxiety disorder', 'V', true),
('F32.9', 'Depressive episode, unspecified', 'V', true),
('E78.0', 'Pure hypercholesterolaemia', 'IV', true),
('E66.9', 'Obesity, unspecified', 'IV', true),
('Z00.0', 'General medical examination', 'XXI', true),
('Z23', 'Need for immunization against single bacterial diseases', 'XXI', false),
('Z30.4', 'Surveillance of contraceptive drugs', 'XXI', true),
('M54.2', 'Cervicalgia', 'XIII', true),
('M76.6', 'Achilles tendinitis', 'XIII', true),
('M77.1', 'Lateral epicondylitis', 'XIII', true),
('M72.2', 'Plantar fascial fibromatosis', 'XIII', true),
('S76.3', 'Injury of muscle and tendon of the posterior muscle group at thigh level', 'XIX', true),
('N39.3', 'Stress incontinence', 'XIV', true),
('N81.9', 'Female genital prolapse, unspecified', 'XIV', true),
('L89.1', 'Pressure ulcer stage II', 'XII', true),
('L97', 'Ulcer of lower limb, not elsewhere classified', 'XII', false),
('T81.4', 'Infection following a procedure, not elsewhere classified', 'XIX', true),
('O90.8', 'Other complications of the puerperium, not elsewhere classified', 'XV', true),
('M62.0', 'Diastasis of muscle', 'XIII', true),
('K90.4', 'Malabsorption due to intolerance, not elsewhere classified', 'XI', true),
('T78.1', 'Other adverse food reactions, not elsewhere classified', 'XIX', true),
('Z51.8', 'Other specified medical care', 'XXI', true),
('Z76.0', 'Issue of repeat prescription', 'XXI', true),
('I83.0', 'Varicose veins of lower extremities with ulcer', 'IX', true);

INSERT INTO clinic.diagnosis (enc_id, pat_id, icd10_cd, diag_dt, status, is_primary, onset_dt, diag_notes, recorded_by)
WITH m(reason, icd10_cd) AS (VALUES ('Palpitations, ?AF', 'I48'), ('Chest pain on exertion', 'I20.9'), ('Follow-up after echo', 'I50.0'), ('Raised BP readings at home', 'I10'), ('Review of 24hr ECG', 'R00.2'), ('Breathlessness and ankle swelling', 'I50.0'), ('Changing mole on back', 'D22.5'), ('Eczema flare not settling', 'L20.9'), ('Acne review - on isotretinoin', 'L70.0'), ('Psoriasis review', 'L40.0'), ('Mole check - family history of melanoma', 'D22.5'), ('Rash on hands, ?contact dermatitis', 'L25.9'), ('Ongoing reflux symptoms', 'K21.9'), ('Change in bowel habit', 'R19.4'), ('IBS follow-up', 'K58.9'), ('Abnormal LFTs on GP bloods', 'R94.5'), ('Coeliac screen positive', 'K90.0'), ('Rectal bleeding', 'K62.5'), ('Right knee pain - ?meniscal tear', 'M23.2'), ('Hip pain, difficulty walking', 'M16.1'), ('Post-op review L knee arthroscopy', 'M23.2'), ('Shoulder pain, reduced movement', 'M75.4'), ('Carpal tunnel symptoms', 'G56.0'), ('Ankle injury - football', 'S93.4'), ('Heavy periods', 'N92.0'), ('Pelvic pain', 'R10.2'), ('Menopause symptoms - HRT advice', 'N95.1'), ('Fertility consultation', 'N97.9'), ('Post-coil fitting check', 'Z30.4'), ('Abnormal smear follow-up', 'Z51.8'), ('Raised PSA', 'R77.8'), ('LUTS - frequency and nocturia', 'N40'), ('Haematuria', 'R31'), ('Kidney stones follow-up', 'N20.0'), ('Vasectomy consultation', 'Z51.8'), ('Recurrent UTIs', 'N39.0'), ('Joint pain and morning stiffness', 'M06.9'), ('Methotrexate monitoring', 'M06.9'), ('?Gout - swollen big toe', 'M10.9'), ('Fibromyalgia review', 'M79.7'), ('Raised CRP and joint pain', 'M06.9'), ('Polymyalgia follow-up', 'M35.3'), ('Thyroid nodule', 'E04.1'), ('Type 2 diabetes review', 'E11.9'), ('Hypothyroid - dose review', 'E03.9'), ('Osteoporosis assessment', 'M81.9'), ('PCOS', 'E28.2'), ('Low vitamin D, fatigue', 'E55.9'), ('Chronic cough', 'R05'), ('Asthma review', 'J45.9'), ('Breathlessness - ?COPD', 'J44.9'), ('Sleep apnoea assessment', 'G47.3'), ('Follow-up chest CT', 'R05'), ('Post-COVID breathlessness', 'U09.9'), ('Hearing loss L ear', 'H91.9'), ('Recurrent tonsillitis', 'J03.9'), ('Tinnitus', 'H93.1'), ('Nasal obstruction', 'J34.2'), ('Dizziness/vertigo', 'H81.1'), ('Hoarse voice 6 weeks', 'R49.0'), ('Headaches - worsening', 'G44.2'), ('Numbness in hands', 'R20.2'), ('Tremor', 'G25.0'), ('Memory concerns', 'F03'), ('Migraine review', 'G43.9'), ('First seizure', 'R56.8'), ('Cataract assessment', 'H25.9'), ('Floaters R eye', 'H43.3'), ('Glaucoma review', 'H40.1'), ('Dry eyes', 'H04.1'), ('Blurred vision', 'H53.8'), ('Post-op cataract check', 'H25.9'), ('Private GP appointment', 'Z00.0'), ('Medication review', 'Z76.0'), ('Sick note / fit note', 'M54.5'), ('Travel vaccinations advice', 'Z23'), ('Chest infection', 'J20.9'), ('Back pain', 'M54.5'), ('Anxiety and low mood', 'F41.1'), ('Sore throat and fever', 'J06.9'), ('Well person check', 'Z00.0'), ('Contraception review', 'Z30.4'), ('UTI symptoms', 'N39.0'), ('Blood pressure check', 'I10'), ('Smear test', 'Z51.8'), ('Dressing change', 'T81.4'), ('Ear irrigation', 'H91.9'), ('Spirometry', 'J44.9'), ('B12 injection', 'Z51.8'), ('Minor illness', 'J06.9'), ('Contraception pill check', 'Z30.4'), ('Rash', 'L25.9'), ('Travel vaccinations - Thailand', 'Z23'), ('Yellow fever vaccine', 'Z23'), ('Travel clinic - India', 'Z23'), ('Malaria prophylaxis advice', 'Z23'), ('Rabies course dose 2', 'Z23'), ('Typhoid and Hep A', 'Z23'), ('Diabetes annual review', 'E11.9'), ('HbA1c review', 'E11.9'), ('Insulin titration', 'E11.9'), ('Foot check', 'E11.9'), ('Starting Libre sensor', 'E11.9'), ('Hypo awareness review', 'E11.9'), ('Leg ulcer dressing', 'L97'), ('Pressure sore review', 'L89.1'), ('Wound check post-op', 'T81.4'), ('Compression bandaging', 'I83.0'), ('Wound swab results', 'T81.4'), ('Lower back pain', 'M54.5'), ('Neck pain', 'M54.2'), ('Knee rehab post ACL', 'M23.2'), ('Shoulder impingement', 'M75.4'), ('Plantar fasciitis', 'M72.2'), ('Hip pain', 'M16.1'), ('Hamstring strain', 'S76.3'), ('Ankle sprain - running', 'S93.4'), ('Tennis elbow', 'M77.1'), ('Achilles tendinopathy', 'M76.6'), ('Knee pain - cycling', 'M17.1'), ('Shoulder - swimming', 'M75.4'), ('Postnatal pelvic floor', 'O90.8'), ('Stress incontinence', 'N39.3'), ('Prolapse symptoms', 'N81.9'), ('Diastasis recti', 'M62.0'), ('Post-prostatectomy continence', 'N39.3'), ('Weight management', 'E66.9'), ('IBS - low FODMAP', 'K58.9'), ('Type 2 diabetes diet', 'E11.9'), ('High cholesterol', 'E78.0'), ('Coeliac diet advice', 'K90.0'), ('Food allergy - child', 'T78.1'), ('Polypharmacy review', 'Z76.0'), ('Anticoagulation review', 'I48'), ('Statin side effects', 'E78.0'), ('Inhaler technique', 'J45.9'), ('Hypertension medication titration', 'I10')),
d AS MATERIALIZED (
    SELECT e.enc_id, e.pat_id, e.prac_id, e.enc_start::date AS dt, m.icd10_cd, pr.prac_type,
           ('x' || substr(md5('dg' || e.enc_id), 1, 7))::bit(28)::integer AS h
    FROM clinic.encounter e
    JOIN clinic.appointment a ON a.appt_id = e.appt_id
    JOIN clinic.practitioner pr ON pr.prac_id = e.prac_id
    JOIN m ON m.reason = a.reason
    WHERE pr.prac_type NOT IN ('HCA')
), x AS (
    SELECT d.enc_id, d.pat_id, d.prac_id, d.dt, d.icd10_cd, true AS is_primary, d.h
    FROM d WHERE d.h % 10 <> 0
    UNION ALL
    SELECT d.enc_id, d.pat_id, d.prac_id, d.dt, (ARRAY['I10', 'E11.9', 'J45.9', 'E03.9', 'F41.1', 'E78.0', 'F32.9', 'M54.5', 'G43.9', 'E66.9'])[1 + (d.h / 10) % 10], false, d.h / 3
    FROM d WHERE d.h % 7 = 2 AND d.prac_type IN ('CONSULTANT', 'GP') AND (ARRAY['I10', 'E11.9', 'J45.9', 'E03.9', 'F41.1', 'E78.0', 'F32.9', 'M54.5', 'G43.9', 'E66.9'])[1 + (d.h / 10) % 10] <> d.icd10_cd
)
SELECT x.enc_id, x.pat_id, x.icd10_cd, x.dt,
       CASE WHEN NOT x.is_primary THEN 'CONFIRMED'
            ELSE (ARRAY['CONFIRMED', 'CONFIRMED', 'PROVISIONAL', 'CONFIRMED', 'RESOLVED', 'CONFIRMED', 'PROVISIONAL', 'REFUTED', 'CONFIRMED', 'RESOLVED'])[1 + x.h % 10] END,
       x.is_primary,
       CASE WHEN x.h % 5 < 3 THEN x.dt - (7 + x.h % 400) END,
       CASE WHEN x.h % 2 = 0 THEN (ARRAY['Likely mechanical. No red flags.', 'Confirmed on imaging.', 'Pt counselled re diagnosis, leaflet given.', 'Differential includes inflammatory cause - bloods sent.', 'Symptoms consistent with diagnosis; review if not improving.', 'Long-standing, previously managed by GP.', 'Pt reluctant to accept diagnosis, wants second opinion.', 'Discussed with Dr Kapoor - agree.', 'Resolved with treatment.', 'Secondary to weight gain - discussed lifestyle.', 'Pt disclosed significant stress at work, contributing.', 'Not confirmed - symptoms settled spontaneously.', 'Family history noted (mother had same).', 'Exacerbated by alcohol intake - pt aware.'])[1 + (x.h / 2) % 14] END,
       x.prac_id
FROM x
ORDER BY x.enc_id, x.is_primary DESC;



INSERT INTO clinic.drug (drug_name, generic_name, bnf_cd, form, strength, cd_schedule, active) VALUES
('Ramipril 5mg capsules', 'Ramipril', '0205051R0AAABAB', 'capsule', '5mg', NULL, true),
('Amlodipine 5mg tablets', 'Amlodipine', '0206020A0AAAAAA', 'tablet', '5mg', NULL, true),
('Atorvastatin 20mg tablets', 'Atorvastatin', '0212000B0AAABAB', 'tablet', '20mg', NULL, true),
('Metformin 500mg tablets', 'Metformin hydrochloride', '0601022B0AAABAB', 'tablet', '500mg', NULL, true),
('Levothyroxine 50microgram tablets', 'Levothyroxine sodium', '0602010V0AABXBX', 'tablet', '50mcg', NULL, true),
('Omeprazole 20mg gastro-resistant capsules', 'Omeprazole', '0103050P0AAAAAA', 'capsule', '20mg', NULL, true),
('Lansoprazole 30mg gastro-resistant capsules', 'Lansoprazole', '0103050L0AAAAAA', 'capsule', '30mg', NULL, true),
('Naproxen 500mg tablets', 'Naproxen', '1001010P0AAADAD', 'tablet', '500mg', NULL, true),
('Ibuprofen 400mg tablets', 'Ibuprofen', '1001010J0AAAEAE', 'tablet', '400mg', NULL, true),
('Co-codamol 30mg/500mg tablets', 'Co-codamol', '0407010F0AAAHAH', 'tablet', '30/500', 5, true),
('Paracetamol 500mg tablets', 'Paracetamol', '0407010H0AAAMAM', 'tablet', '500mg', NULL, true),
('Amoxicillin 500mg capsules', 'Amoxicillin', '0501013B0AAABAB', 'capsule', '500mg', NULL, true),
('Doxycycline 100mg capsules', 'Doxycycline hyclate', '0501030I0AAABAB', 'capsule', '100mg', NULL, true),
('Nitrofurantoin 100mg modified-release capsules', 'Nitrofurantoin', '0501130R0AAADAD', 'capsule', '100mg', NULL, true),
('Salbutamol 100micrograms/dose inhaler CFC free', 'Salbutamol', '0301011R0AAAPAP', 'inhaler', '100mcg', NULL, true),
('Fostair 100micrograms/dose / 6micrograms/dose inhaler', 'Beclometasone / formoterol', '0302000C0BQAABX', 'inhaler', '100/6', NULL, true),
('Sertraline 50mg tablets', 'Sertraline hydrochloride', '0403030Q0AAAAAA', 'tablet', '50mg', NULL, true),
('Citalopram 20mg tablets', 'Citalopram hydrobromide', '0403030D0AAAAAA', 'tablet', '20mg', NULL, true),
('Amitriptyline 10mg tablets', 'Amitriptyline hydrochloride', '0403010B0AAAGAG', 'tablet', '10mg', NULL, true),
('Sumatriptan 50mg tablets', 'Sumatriptan', '0407041T0AAAAAA', 'tablet', '50mg', NULL, true),
('Propranolol 40mg tablets', 'Propranolol hydrochloride', '0204000R0AAAJAJ', 'tablet', '40mg', NULL, true),
('Bisoprolol 2.5mg tablets', 'Bisoprolol fumarate', '0204000H0AAAFAF', 'tablet', '2.5mg', NULL, true),
('Apixaban 5mg tablets', 'Apixaban', '0208020Z0AAABAB', 'tablet', '5mg', NULL, true),
('Methotrexate 2.5mg tablets', 'Methotrexate', '1001030U0AAABAB', 'tablet', '2.5mg', NULL, true),
('Folic acid 5mg tablets', 'Folic acid', '0901020G0AAAKAK', 'tablet', '5mg', NULL, true),
('Allopurinol 100mg tablets', 'Allopurinol', '1005030C0AAAAAA', 'tablet', '100mg', NULL, true),
('Colchicine 500microgram tablets', 'Colchicine', '1005010C0AAAAAA', 'tablet', '500mcg', NULL, true),
('Prednisolone 5mg tablets', 'Prednisolone', '0603020T0AAACAC', 'tablet', '5mg', NULL, true),
('Alendronic acid 70mg tablets', 'Alendronic acid', '0606020A0AAADAD', 'tablet', '70mg', NULL, true),
('Adcal-D3 caplets', 'Calcium carbonate / colecalciferol', '0906040G0BNABAB', 'tablet', '1.5g/400u', NULL, true),
('Colecalciferol 20,000 unit capsules', 'Colecalciferol', '0906040N0AAAMAM', 'capsule', '20000u', NULL, true),
('Estradiol 50micrograms/24hours transdermal patches', 'Estradiol', '0604011G0AAAAAA', 'patch', '50mcg/24h', NULL, true),
('Utrogestan 100mg capsules', 'Progesterone', '0703010E0BBAAAA', 'capsule', '100mg', NULL, true),
('Tamsulosin 400microgram modified-release capsules', 'Tamsulosin hydrochloride', '0704010U0AAAAAA', 'capsule', '400mcg', NULL, true),
('Isotretinoin 20mg capsules', 'Isotretinoin', '1306020J0AAADAD', 'capsule', '20mg', NULL, true),
('Betamethasone valerate 0.1% cream', 'Betamethasone valerate', '1304000G0AAAEAE', 'cream', '0.1%', NULL, true),
('Doublebase gel', 'Isopropyl myristate / liquid paraffin', '1302011C0BBAAAA', 'gel', '500g', NULL, true),
('Fluticasone 50micrograms/dose nasal spray', 'Fluticasone propionate', '1202010J0AAAAAA', 'spray', '50mcg', NULL, true),
('Tramadol 50mg capsules', 'Tramadol hydrochloride', '0407020T0AAAAAA', 'capsule', '50mg', 3, true),
('Diazepam 2mg tablets', 'Diazepam', '0401020K0AAAHAH', 'tablet', '2mg', 4, true),
('Mebeverine 135mg tablets', 'Mebeverine hydrochloride', '0102000N0AAABAB', 'tablet', '135mg', NULL, true),
('Chloramphenicol 0.5% eye drops', 'Chloramphenicol', '1103010C0AAAAAA', 'drops', '0.5%', NULL, true),
('Hypromellose 0.3% eye drops', 'Hypromellose', '1108010K0AAAAAA', 'drops', '0.3%', NULL, true),
('Latanoprost 50micrograms/ml eye drops', 'Latanoprost', '1106000L0AAAAAA', 'drops', '0.005%', NULL, true),
('Betahistine 16mg tablets', 'Betahistine dihydrochloride', '0406000B0AAACAC', 'tablet', '16mg', NULL, true),
('Phenoxymethylpenicillin 250mg tablets', 'Phenoxymethylpenicillin', '0501011P0AAAAAA', 'tablet', '250mg', NULL, true);

INSERT INTO clinic.prescription (pat_id, prac_id, enc_id, drug_id, dosage, freq, qty, qty_unit, repeats, instructions, start_dt, end_dt, rx_status, is_repeat, stop_reason, pharm_ods_cd, rx_ref, created_dt)
WITH m(icd10_cd, drug_id, k) AS (VALUES ('I10', 1, 0), ('I10', 2, 1), ('I10', 22, 2), ('I48', 23, 0), ('I48', 22, 1), ('I20.9', 22, 0), ('I20.9', 3, 1), ('I50.0', 1, 0), ('I50.0', 22, 1), ('R00.2', 21, 0), ('L20.9', 36, 0), ('L20.9', 37, 1), ('L40.0', 36, 0), ('L40.0', 37, 1), ('L70.0', 35, 0), ('L70.0', 13, 1), ('L25.9', 36, 0), ('K21.9', 6, 0), ('K21.9', 7, 1), ('K58.9', 41, 0), ('K58.9', 19, 1), ('M17.1', 11, 0), ('M17.1', 8, 1), ('M23.2', 8, 0), ('M23.2', 11, 1), ('M16.1', 10, 0), ('M16.1', 11, 1), ('M75.4', 9, 0), ('M75.4', 8, 1), ('G56.0', 8, 0), ('S93.4', 9, 0), ('S93.4', 11, 1), ('N95.1', 32, 0), ('N95.1', 33, 1), ('N40', 34, 0), ('N39.0', 14, 0), ('M06.9', 24, 0), ('M06.9', 25, 1), ('M06.9', 28, 2), ('M10.9', 27, 0), ('M10.9', 26, 1), ('M79.7', 19, 0), ('M35.3', 28, 0), ('E11.9', 4, 0), ('E03.9', 5, 0), ('M81.9', 29, 0), ('M81.9', 30, 1), ('E55.9', 31, 0), ('J45.9', 15, 0), ('J45.9', 16, 1), ('J44.9', 15, 0), ('J44.9', 16, 1), ('J03.9', 46, 0), ('J34.2', 38, 0), ('H81.1', 45, 0), ('G43.9', 20, 0), ('G43.9', 21, 1), ('G44.2', 11, 0), ('G44.2', 19, 1), ('H04.1', 43, 0), ('H40.1', 44, 0), ('J20.9', 12, 0), ('J20.9', 13, 1), ('J06.9', 11, 0), ('M54.5', 10, 0), ('M54.5', 8, 1), ('M54.5', 40, 2), ('M54.5', 39, 3), ('F41.1', 17, 0), ('F41.1', 18, 1), ('F32.9', 17, 0), ('F32.9', 18, 1), ('E78.0', 3, 0), ('M54.2', 9, 0), ('M54.2', 19, 1), ('M76.6', 9, 0), ('M77.1', 9, 0), ('M72.2', 9, 0), ('S76.3', 9, 0), ('S76.3', 11, 1), ('T81.4', 12, 0)),
x AS MATERIALIZED (
    SELECT dg.diag_id, dg.pat_id, e.prac_id, e.enc_id, e.enc_end, m.drug_id, ('x' || substr(md5('rx' || dg.diag_id || m.k), 1, 7))::bit(28)::integer AS h,
           (SELECT count(*) FROM m m2 WHERE m2.icd10_cd = m.icd10_cd) AS n, m.k
    FROM clinic.diagnosis dg
    JOIN clinic.encounter e ON e.enc_id = dg.enc_id
    JOIN clinic.practitioner pr ON pr.prac_id = e.prac_id
    JOIN m ON m.icd10_cd = dg.icd10_cd
    WHERE pr.prac_type IN ('CONSULTANT', 'GP', 'NURSE', 'PHARMACIST')
      AND dg.status <> 'REFUTED'
), y AS (
    SELECT x.*, (ARRAY['t', 't', 't', 't', 't', 't', 'f', 'f', 'f', 'f', 'f', 'f', 'f', 'f', 't', 't', 't', 't', 't', 'f', 't', 't', 't', 't', 't', 't', 'f', 'f', 't', 't', 'f', 't', 't', 't', 'f', 'f', 't', 'f', 'f', 'f', 't', 'f', 't', 't', 'f', 'f']::boolean[])[x.drug_id] AS rpt,
           CASE WHEN (ARRAY['t', 't', 't', 't', 't', 't', 'f', 'f', 'f', 'f', 'f', 'f', 'f', 'f', 't', 't', 't', 't', 't', 'f', 't', 't', 't', 't', 't', 't', 'f', 'f', 't', 't', 'f', 't', 't', 't', 'f', 'f', 't', 'f', 'f', 'f', 't', 'f', 't', 't', 'f', 'f']::boolean[])[x.drug_id] THEN
                     CASE WHEN x.enc_end < timestamp '2024-06-01' AND x.h % 3 = 0 THEN 'STOPPED' WHEN x.enc_end < timestamp '2023-06-01' AND x.h % 3 = 1 THEN 'COMPLETED' ELSE 'ACTIVE' END
                ELSE CASE WHEN x.h % 29 = 0 THEN 'CANCELLED' WHEN x.enc_end < timestamp '2025-02-01' THEN 'COMPLETED' ELSE 'ACTIVE' END END AS st
    FROM x
    WHERE x.k = 0 OR x.h % 3 = 0
)
SELECT y.pat_id, y.prac_id, y.enc_id, y.drug_id,
       (ARRAY['5 mg', '5 mg', '20 mg', '500 mg', '50 micrograms', '20 mg', '30 mg', '500 mg', '400 mg', '1-2 tablets', '1 g', '500 mg', '100 mg', '100 mg', '2 puffs', '2 puffs', '50 mg', '20 mg', '10 mg', '50 mg', '40 mg', '2.5 mg', '5 mg', '15 mg', '5 mg', '100 mg', '500 micrograms', '15 mg', '70 mg', '1 tablet', '20,000 units', '1 patch', '100 mg', '400 micrograms', '20 mg', 'thinly', 'as required', '2 sprays', '50-100 mg', '2 mg', '135 mg', '1 drop', '1-2 drops', '1 drop', '16 mg', '500 mg'])[y.drug_id], (ARRAY['OD', 'OD', 'ON', 'BD', 'OD', 'OD', 'OD', 'BD', 'TDS', 'QDS', 'QDS', 'TDS', 'OD', 'BD', 'PRN', 'BD', 'OD', 'OD', 'ON', 'PRN', 'BD', 'OD', 'BD', 'WEEKLY', 'WEEKLY', 'OD', 'BD', 'OD', 'WEEKLY', 'BD', 'WEEKLY', 'TWICE WKLY', 'ON', 'OD', 'OD', 'BD', 'PRN', 'OD', 'QDS', 'TDS', 'TDS', 'QDS', 'PRN', 'ON', 'TDS', 'QDS'])[y.drug_id], (ARRAY['28', '28', '28', '56', '28', '28', '28', '28', '24', '100', '32', '21', '7', '6', '1', '1', '28', '28', '28', '6', '56', '28', '56', '24', '4', '28', '12', '84', '4', '56', '8', '8', '28', '30', '30', '100', '500', '1', '30', '15', '84', '1', '1', '1', '84', '40']::int[])[y.drug_id], (ARRAY['capsule', 'tablet', 'tablet', 'tablet', 'tablet', 'capsule', 'capsule', 'tablet', 'tablet', 'tablet', 'tablet', 'capsule', 'capsule', 'capsule', 'inhaler', 'inhaler', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'tablet', 'capsule', 'patch', 'capsule', 'capsule', 'capsule', 'gram', 'gram', 'spray', 'capsule', 'tablet', 'tablet', 'bottle', 'bottle', 'bottle', 'tablet', 'tablet'])[y.drug_id],
       CASE WHEN y.rpt THEN (ARRAY[2, 3, 5, 6, 11])[1 + y.h % 5] ELSE 0 END,
       CASE WHEN y.h % 23 = 4 THEN (ARRAY['Take ONE capsule once a day', 'Take ONE tablet once a day', 'Take ONE tablet at night', 'Take ONE tablet twice a day with meals', 'Take ONE tablet each morning 30 minutes before breakfast', 'Take ONE capsule each morning before food', 'Take ONE capsule once a day', 'Take ONE tablet twice a day with food. Stop if indigestion.', 'Take ONE tablet three times a day after food when required', 'Take ONE or TWO tablets up to four times a day when required for pain. Max 8 in 24 hours. May cause drowsiness.', 'Take TWO tablets up to four times a day. Do not take more than 8 tablets in 24 hours.', 'Take ONE capsule three times a day for 7 days. Complete the course.', 'Take ONE capsule a day with plenty of water, sitting upright', 'Take ONE capsule twice a day with food for 3 days', 'Inhale TWO puffs when required for breathlessness. Use spacer.', 'Inhale TWO puffs twice a day. Rinse mouth after use.', 'Take ONE tablet once a day. May take 4-6 weeks to work. Do not stop suddenly.', 'Take ONE tablet once a day', 'Take ONE tablet at night. May cause drowsiness.', 'Take ONE tablet at onset of migraine. May repeat after 2 hours. Max 300mg in 24 hours.', 'Take ONE tablet twice a day', 'Take ONE tablet each morning', 'Take ONE tablet twice a day. Carry anticoagulant alert card.', 'Take SIX tablets ONCE a WEEK on MONDAY. Blood tests as directed.', 'Take ONE tablet once a week on THURSDAY (not on methotrexate day)', 'Take ONE tablet once a day after food', 'Take ONE tablet two to four times a day until symptoms relieved. Max 6mg per course.', 'Take THREE tablets each morning with food. Do not stop suddenly.', 'Take ONE tablet once a week on an empty stomach with a full glass of water. Stay upright for 30 minutes.', 'Chew ONE tablet twice a day', 'Take ONE capsule once a week for 8 weeks', 'Apply ONE patch twice a week. Change patch site each time.', 'Take ONE capsule at bedtime on days 1-25 of each cycle', 'Take ONE capsule once a day after breakfast', 'Take ONE capsule once a day with food. Pregnancy prevention programme applies.', 'Apply thinly twice a day to affected areas for up to 2 weeks', 'Apply liberally and often to dry skin', 'Use TWO sprays in each nostril once a day', 'Take ONE or TWO capsules up to four times a day when required. May cause drowsiness. Do not drive if affected.', 'Take ONE tablet up to three times a day for 5 days only', 'Take ONE tablet three times a day 20 minutes before meals', 'Instil ONE drop into the affected eye(s) four times a day for 5 days', 'Instil ONE or TWO drops into both eyes when required', 'Instil ONE drop into both eyes at night', 'Take ONE tablet three times a day with food', 'Take TWO tablets four times a day for 10 days on an empty stomach'])[y.drug_id] || ' Pt has swallowing difficulty - may open capsules.'
            WHEN y.h % 23 = 9 THEN (ARRAY['Take ONE capsule once a day', 'Take ONE tablet once a day', 'Take ONE tablet at night', 'Take ONE tablet twice a day with meals', 'Take ONE tablet each morning 30 minutes before breakfast', 'Take ONE capsule each morning before food', 'Take ONE capsule once a day', 'Take ONE tablet twice a day with food. Stop if indigestion.', 'Take ONE tablet three times a day after food when required', 'Take ONE or TWO tablets up to four times a day when required for pain. Max 8 in 24 hours. May cause drowsiness.', 'Take TWO tablets up to four times a day. Do not take more than 8 tablets in 24 hours.', 'Take ONE capsule three times a day for 7 days. Complete the course.', 'Take ONE capsule a day with plenty of water, sitting upright', 'Take ONE capsule twice a day with food for 3 days', 'Inhale TWO puffs when required for breathlessness. Use spacer.', 'Inhale TWO puffs twice a day. Rinse mouth after use.', 'Take ONE tablet once a day. May take 4-6 weeks to work. Do not stop suddenly.', 'Take ONE tablet once a day', 'Take ONE tablet at night. May cause drowsiness.', 'Take ONE tablet at onset of migraine. May repeat after 2 hours. Max 300mg in 24 hours.', 'Take ONE tablet twice a day', 'Take ONE tablet each morning', 'Take ONE tablet twice a day. Carry anticoagulant alert card.', 'Take SIX tablets ONCE a WEEK on MONDAY. Blood tests as directed.', 'Take ONE tablet once a week on THURSDAY (not on methotrexate day)', 'Take ONE tablet once a day after food', 'Take ONE tablet two to four times a day until symptoms relieved. Max 6mg per course.', 'Take THREE tablets each morning with food. Do not stop suddenly.', 'Take ONE tablet once a week on an empty stomach with a full glass of water. Stay upright for 30 minutes.', 'Chew ONE tablet twice a day', 'Take ONE capsule once a week for 8 weeks', 'Apply ONE patch twice a week. Change patch site each time.', 'Take ONE capsule at bedtime on days 1-25 of each cycle', 'Take ONE capsule once a day after breakfast', 'Take ONE capsule once a day with food. Pregnancy prevention programme applies.', 'Apply thinly twice a day to affected areas for up to 2 weeks', 'Apply liberally and often to dry skin', 'Use TWO sprays in each nostril once a day', 'Take ONE or TWO capsules up to four times a day when required. May cause drowsiness. Do not drive if affected.', 'Take ONE tablet up to three times a day for 5 days only', 'Take ONE tablet three times a day 20 minutes before meals', 'Instil ONE drop into the affected eye(s) four times a day for 5 days', 'Instil ONE or TWO drops into both eyes when required', 'Instil ONE drop into both eyes at night', 'Take ONE tablet three times a day with food', 'Take TWO tablets four times a day for 10 days on an empty stomach'])[y.drug_id] || ' Reviewed interaction with warfarin - INR check in 5 days.'
            WHEN y.h % 23 = 15 THEN (ARRAY['Take ONE capsule once a day', 'Take ONE tablet once a day', 'Take ONE tablet at night', 'Take ONE tablet twice a day with meals', 'Take ONE tablet each morning 30 minutes before breakfast', 'Take ONE capsule each morning before food', 'Take ONE capsule once a day', 'Take ONE tablet twice a day with food. Stop if indigestion.', 'Take ONE tablet three times a day after food when required', 'Take ONE or TWO tablets up to four times a day when required for pain. Max 8 in 24 hours. May cause drowsiness.', 'Take TWO tablets up to four times a day. Do not take more than 8 tablets in 24 hours.', 'Take ONE capsule three times a day for 7 days. Complete the course.', 'Take ONE capsule a day with plenty of water, sitting upright', 'Take ONE capsule twice a day with food for 3 days', 'Inhale TWO puffs when required for breathlessness. Use spacer.', 'Inhale TWO puffs twice a day. Rinse mouth after use.', 'Take ONE tablet once a day. May take 4-6 weeks to work. Do not stop suddenly.', 'Take ONE tablet once a day', 'Take ONE tablet at night. May cause drowsiness.', 'Take ONE tablet at onset of migraine. May repeat after 2 hours. Max 300mg in 24 hours.', 'Take ONE tablet twice a day', 'Take ONE tablet each morning', 'Take ONE tablet twice a day. Carry anticoagulant alert card.', 'Take SIX tablets ONCE a WEEK on MONDAY. Blood tests as directed.', 'Take ONE tablet once a week on THURSDAY (not on methotrexate day)', 'Take ONE tablet once a day after food', 'Take ONE tablet two to four times a day until symptoms relieved. Max 6mg per course.', 'Take THREE tablets each morning with food. Do not stop suddenly.', 'Take ONE tablet once a week on an empty stomach with a full glass of water. Stay upright for 30 minutes.', 'Chew ONE tablet twice a day', 'Take ONE capsule once a week for 8 weeks', 'Apply ONE patch twice a week. Change patch site each time.', 'Take ONE capsule at bedtime on days 1-25 of each cycle', 'Take ONE capsule once a day after breakfast', 'Take ONE capsule once a day with food. Pregnancy prevention programme applies.', 'Apply thinly twice a day to affected areas for up to 2 weeks', 'Apply liberally and often to dry skin', 'Use TWO sprays in each nostril once a day', 'Take ONE or TWO capsules up to four times a day when required. May cause drowsiness. Do not drive if affected.', 'Take ONE tablet up to three times a day for 5 days only', 'Take ONE tablet three times a day 20 minutes before meals', 'Instil ONE drop into the affected eye(s) four times a day for 5 days', 'Instil ONE or TWO drops into both eyes when required', 'Instil ONE drop into both eyes at night', 'Take ONE tablet three times a day with food', 'Take TWO tablets four times a day for 10 days on an empty stomach'])[y.drug_id] || ' Pt breastfeeding - discussed.'
            ELSE (ARRAY['Take ONE capsule once a day', 'Take ONE tablet once a day', 'Take ONE tablet at night', 'Take ONE tablet twice a day with meals', 'Take ONE tablet each morning 30 minutes before breakfast', 'Take ONE capsule each morning before food', 'Take ONE capsule once a day', 'Take ONE tablet twice a day with food. Stop if indigestion.', 'Take ONE tablet three times a day after food when required', 'Take ONE or TWO tablets up to four times a day when required for pain. Max 8 in 24 hours. May cause drowsiness.', 'Take TWO tablets up to four times a day. Do not take more than 8 tablets in 24 hours.', 'Take ONE capsule three times a day for 7 days. Complete the course.', 'Take ONE capsule a day with plenty of water, sitting upright', 'Take ONE capsule twice a day with food for 3 days', 'Inhale TWO puffs when required for breathlessness. Use spacer.', 'Inhale TWO puffs twice a day. Rinse mouth after use.', 'Take ONE tablet once a day. May take 4-6 weeks to work. Do not stop suddenly.', 'Take ONE tablet once a day', 'Take ONE tablet at night. May cause drowsiness.', 'Take ONE tablet at onset of migraine. May repeat after 2 hours. Max 300mg in 24 hours.', 'Take ONE tablet twice a day', 'Take ONE tablet each morning', 'Take ONE tablet twice a day. Carry anticoagulant alert card.', 'Take SIX tablets ONCE a WEEK on MONDAY. Blood tests as directed.', 'Take ONE tablet once a week on THURSDAY (not on methotrexate day)', 'Take ONE tablet once a day after food', 'Take ONE tablet two to four times a day until symptoms relieved. Max 6mg per course.', 'Take THREE tablets each morning with food. Do not stop suddenly.', 'Take ONE tablet once a week on an empty stomach with a full glass of water. Stay upright for 30 minutes.', 'Chew ONE tablet twice a day', 'Take ONE capsule once a week for 8 weeks', 'Apply ONE patch twice a week. Change patch site each time.', 'Take ONE capsule at bedtime on days 1-25 of each cycle', 'Take ONE capsule once a day after breakfast', 'Take ONE capsule once a day with food. Pregnancy prevention programme applies.', 'Apply thinly twice a day to affected areas for up to 2 weeks', 'Apply liberally and often to dry skin', 'Use TWO sprays in each nostril once a day', 'Take ONE or TWO capsules up to four times a day when required. May cause drowsiness. Do not drive if affected.', 'Take ONE tablet up to three times a day for 5 days only', 'Take ONE tablet three times a day 20 minutes before meals', 'Instil ONE drop into the affected eye(s) four times a day for 5 days', 'Instil ONE or TWO drops into both eyes when required', 'Instil ONE drop into both eyes at night', 'Take ONE tablet three times a day with food', 'Take TWO tablets four times a day for 10 days on an empty stomach'])[y.drug_id] END,
       y.enc_end::date,
       CASE WHEN y.st IN ('STOPPED', 'COMPLETED', 'CANCELLED') THEN least(y.enc_end::date + CASE WHEN y.rpt THEN 60 + y.h % 300 ELSE 5 + y.h % 10 END, date '2025-02-28') END,
       y.st,
       y.rpt,
       CASE WHEN y.st = 'STOPPED' THEN (ARRAY['Side effects - nausea', 'Side effects - dizziness', 'Ineffective', 'Course completed', 'Switched to alternative', 'Pt request', 'Interaction with new medication', 'Raised ALT - stop and recheck LFTs', 'Rash - ?allergic reaction', 'Pregnancy planned'])[1 + (y.h / 7) % 10] END,
       CASE WHEN y.h % 6 <> 0 THEN 'F' || chr(65 + y.h % 26) || lpad(((y.h / 7) % 1000)::text, 3, '0') END,
       upper(substr(md5('rx:' || y.diag_id || ':' || y.drug_id), 1, 6) || '-' || substr(md5('rx:' || y.diag_id || ':' || y.drug_id), 7, 6) || '-' || substr(md5('rx:' || y.diag_id || ':' || y.drug_id), 13, 5)),
       y.enc_end + (1 + y.h % 20) * interval '1 minute'
FROM y
ORDER BY y.enc_end, y.drug_id;

INSERT INTO clinic.allergy (pat_id, allergen, alg_type, reaction, severity, onset_dt, recorded_dt, recorded_by, verified)
SELECT p.pat_id,
       (ARRAY['Penicillin', 'Amoxicillin', 'Codeine', 'Ibuprofen', 'Trimethoprim', 'Sulfonamides', 'Latex', 'Peanuts', 'Tree nuts', 'Shellfish', 'Egg', 'Cows milk protein', 'Elastoplast / adhesive dressings', 'Chlorhexidine', 'Bee sting', 'House dust mite', 'Grass pollen', 'Morphine', 'Erythromycin', 'Iodinated contrast media', 'Clarithromycin', 'Aspirin', 'Sesame', 'Kiwi fruit', 'Flucloxacillin'])[1 + h.v % 25],
       (ARRAY['DRUG', 'DRUG', 'DRUG', 'DRUG', 'DRUG', 'DRUG', 'ENV', 'FOOD', 'FOOD', 'FOOD', 'FOOD', 'FOOD', 'OTHER', 'OTHER', 'ENV', 'ENV', 'ENV', 'DRUG', 'DRUG', 'DRUG', 'DRUG', 'DRUG', 'FOOD', 'FOOD', 'DRUG'])[1 + h.v % 25],
       (ARRAY['Widespread urticarial rash', 'Rash', 'Nausea and vomiting', 'Wheeze, worsened asthma', 'Rash and itching', 'Stevens-Johnson syndrome 2009', 'Contact dermatitis with gloves', 'Anaphylaxis - carries EpiPen', 'Lip swelling', 'Urticaria, vomiting', 'Eczema flare', 'Diarrhoea and reflux (infant)', 'Blistering under plaster', 'Anaphylaxis during surgery 2016', 'Large local reaction', 'Rhinitis', 'Hay fever, wheeze', 'Severe itching', 'Diarrhoea', 'Urticaria after CT', 'Palpitations', 'Angioedema', 'Throat tightness', 'Oral allergy syndrome', NULL])[1 + h.v % 25],
       ((ARRAY['MODERATE', 'MILD', 'MILD', 'MODERATE', 'MILD', 'SEVERE', 'MODERATE', 'LIFE_THREATENING', 'SEVERE', 'MODERATE', 'MILD', 'MILD', 'MILD', 'LIFE_THREATENING', 'MODERATE', 'MILD', 'MILD', 'MODERATE', 'MILD', 'MODERATE', 'MILD', 'SEVERE', 'SEVERE', 'MILD', NULL])[1 + h.v % 25])::clinic.severity,
       CASE WHEN h.v % 3 = 0 THEN greatest(p.pat_dob + 200, date '2024-01-01' - (h.v % 9000)) END,
       p.created_dt + (h.n - 1) * interval '2 minutes' + (h.v % 20) * interval '1 minute',
       CASE WHEN h.v % 4 <> 0 THEN (ARRAY[13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 38, 39, 40])[1 + h.v % 15] END,
       h.v % 5 <> 1
FROM clinic.patient p
CROSS JOIN LATERAL (SELECT ('x' || substr(md5('alg' || p.pat_id || n), 1, 7))::bit(28)::integer AS v, n FROM generate_series(1, 2) n) h
WHERE p.pat_id % 3 = 0 AND (h.n = 1 OR p.pat_id % 4 = 0)
ORDER BY p.pat_id, h.n;



INSERT INTO clinic.lab_test (test_cd, test_name, specimen, units, ref_low, ref_high, tat_hrs) VALUES
('HB', 'Haemoglobin', 'EDTA blood', 'g/L', 115, 165, 4),
('WBC', 'White cell count', 'EDTA blood', '10*9/L', 4.0, 11.0, 4),
('PLT', 'Platelets', 'EDTA blood', '10*9/L', 150, 400, 4),
('NA', 'Sodium', 'Serum', 'mmol/L', 133, 146, 6),
('K', 'Potassium', 'Serum', 'mmol/L', 3.5, 5.3, 6),
('CREAT', 'Creatinine', 'Serum', 'umol/L', 59, 104, 6),
('EGFR', 'eGFR (CKD-EPI)', 'Serum', 'mL/min/1.73m2', 60, 120, 6),
('ALT', 'Alanine aminotransferase', 'Serum', 'U/L', 0, 41, 6),
('ALP', 'Alkaline phosphatase', 'Serum', 'U/L', 30, 130, 6),
('BILI', 'Bilirubin', 'Serum', 'umol/L', 0, 21, 6),
('TSH', 'Thyroid stimulating hormone', 'Serum', 'mU/L', 0.27, 4.2, 24),
('FT4', 'Free T4', 'Serum', 'pmol/L', 12, 22, 24),
('HBA1C', 'HbA1c (IFCC)', 'EDTA blood', 'mmol/mol', 20, 41, 24),
('CHOL', 'Total cholesterol', 'Serum', 'mmol/L', 0, 5.0, 24),
('LDL', 'LDL cholesterol', 'Serum', 'mmol/L', 0, 3.0, 24),
('TRIG', 'Triglycerides', 'Serum', 'mmol/L', 0, 1.7, 24),
('CRP', 'C-reactive protein', 'Serum', 'mg/L', 0, 5, 6),
('ESR', 'Erythrocyte sedimentation rate', 'EDTA blood', 'mm/hr', 1, 20, 6),
('FERR', 'Ferritin', 'Serum', 'ug/L', 30, 400, 24),
('B12', 'Vitamin B12', 'Serum', 'ng/L', 197, 771, 48),
('VITD', '25-OH Vitamin D', 'Serum', 'nmol/L', 50, 175, 72),
('PSA', 'Prostate specific antigen', 'Serum', 'ug/L', 0, 4.0, 24),
('INR', 'INR', 'Citrate plasma', 'ratio', 0.8, 1.2, 2),
('MSU', 'Urine microscopy, culture & sensitivity', 'Urine', NULL, NULL, NULL, 72),
('TTG', 'Tissue transglutaminase IgA', 'Serum', 'U/mL', 0, 7, 72);

INSERT INTO clinic.lab_order (pat_id, prac_id, enc_id, order_dt, priority, lab_name, specimen_id, clinical_info, fasting, status, collected_dt, collected_by)
SELECT e.pat_id, e.prac_id, e.enc_id,
       e.enc_end + (2 + e.h % 15) * interval '1 minute',
       CASE WHEN e.h % 13 = 0 THEN 'U' WHEN e.h % 47 = 0 THEN 'S' ELSE 'R' END,
       (ARRAY['The Doctors Laboratory', 'The Doctors Laboratory', 'Synnovis', 'Leeds Teaching Hospitals Pathology', 'Sheffield Teaching Hospitals Pathology', 'Nuffield Health Pathology'])[1 + e.h % 6],
       CASE WHEN e.h % 19 = 3 THEN NULL ELSE 'NP' || to_char(e.enc_end, 'YYMMDD') || lpad((e.enc_id % 10000)::text, 4, '0') END,
       CASE WHEN e.h % 4 <> 0 THEN (ARRAY['Tired all the time - ?anaemia ?thyroid', 'On methotrexate - 3 monthly monitoring', 'Fasting lipids, FHx IHD', 'Raised BP - baseline renal function', 'Weight loss 5kg in 3 months', '?Coeliac - bloating and loose stools', 'Joint pain, morning stiffness >1hr', 'Pt on apixaban - check renal function', 'LUTS, ?prostate. Pt consented to PSA', 'Recurrent UTI symptoms, dysuria 4/7', 'Pre-op bloods for knee arthroscopy', 'Pt pregnant 14/40 - please process urgently', 'Diabetes annual review', 'Abnormal LFTs on GP bloods - repeat', 'Low mood, fatigue - rule out organic cause', 'Heavy periods - ?iron deficiency'])[1 + (e.h / 4) % 16] END,
       e.h % 9 = 2,
       CASE WHEN e.h % 19 = 3 THEN 'CANCELLED'
            WHEN e.enc_end > timestamp '2025-02-28' THEN 'COLLECTED'
            ELSE 'RESULTED' END,
       CASE WHEN e.h % 19 <> 3 THEN e.enc_end + (10 + e.h % 50) * interval '1 minute' END,
       CASE WHEN e.h % 19 <> 3 THEN (ARRAY[27, 29, 30, 19, 20, 21, 24, 25, 26])[1 + e.h % 9] END
FROM (
    SELECT e.*, ('x' || substr(md5('lo' || e.enc_id), 1, 7))::bit(28)::integer AS h
    FROM clinic.encounter e
    JOIN clinic.practitioner pr ON pr.prac_id = e.prac_id
    WHERE pr.prac_type IN ('CONSULTANT', 'GP', 'NURSE')
) e
WHERE e.h % 5 < 2
ORDER BY e.enc_end;

INSERT INTO clinic.lab_order_test (order_id, test_cd)
SELECT o.order_id, t.test_cd
FROM clinic.lab_order o
CROSS JOIN LATERAL (SELECT ('x' || substr(md5('lp' || o.order_id), 1, 7))::bit(28)::integer AS h) hh
CROSS JOIN LATERAL (SELECT 1 + hh.h % 12 AS p1, 1 + (hh.h % 12 + 1 + (hh.h / 12) % 11) % 12 AS p2) pp
CROSS JOIN LATERAL (
    SELECT (ARRAY[ARRAY['HB', 'WBC', 'PLT', NULL],ARRAY['NA', 'K', 'CREAT', 'EGFR'],ARRAY['ALT', 'ALP', 'BILI', NULL],ARRAY['TSH', 'FT4', NULL, NULL],ARRAY['HBA1C', NULL, NULL, NULL],ARRAY['CHOL', 'LDL', 'TRIG', NULL],ARRAY['CRP', 'ESR', NULL, NULL],ARRAY['FERR', 'B12', 'VITD', NULL],ARRAY['PSA', NULL, NULL, NULL],ARRAY['INR', NULL, NULL, NULL],ARRAY['MSU', NULL, NULL, NULL],ARRAY['TTG', NULL, NULL, NULL]])[pp.p1][i] AS test_cd FROM generate_series(1, 4) i
    UNION ALL
    SELECT (ARRAY[ARRAY['HB', 'WBC', 'PLT', NULL],ARRAY['NA', 'K', 'CREAT', 'EGFR'],ARRAY['ALT', 'ALP', 'BILI', NULL],ARRAY['TSH', 'FT4', NULL, NULL],ARRAY['HBA1C', NULL, NULL, NULL],ARRAY['CHOL', 'LDL', 'TRIG', NULL],ARRAY['CRP', 'ESR', NULL, NULL],ARRAY['FERR', 'B12', 'VITD', NULL],ARRAY['PSA', NULL, NULL, NULL],ARRAY['INR', NULL, NULL, NULL],ARRAY['MSU', NULL, NULL, NULL],ARRAY['TTG', NULL, NULL, NULL]])[pp.p2][i] FROM generate_series(1, 4) i WHERE hh.h % 3 = 0
) t
WHERE t.test_cd IS NOT NULL
ORDER BY o.order_id, t.test_cd;

INSERT INTO clinic.lab_result (order_id, test_cd, result_val, result_txt, units, abn_flag, result_dt, lab_comment, reviewed_by, reviewed_dt, filed, hl7_msg)
WITH r AS MATERIALIZED (
    SELECT lot.order_id, lot.test_cd, o.pat_id, o.prac_id, o.collected_dt, o.lab_name,
           array_position(ARRAY['HB', 'WBC', 'PLT', 'NA', 'K', 'CREAT', 'EGFR', 'ALT', 'ALP', 'BILI', 'TSH', 'FT4', 'HBA1C', 'CHOL', 'LDL', 'TRIG', 'CRP', 'ESR', 'FERR', 'B12', 'VITD', 'PSA', 'INR', 'MSU', 'TTG'], lot.test_cd) AS ti,
           ('x' || substr(md5('lr' || lot.order_id || lot.test_cd), 1, 7))::bit(28)::integer AS h
    FROM clinic.lab_order_test lot
    JOIN clinic.lab_order o ON o.order_id = lot.order_id
    WHERE o.status = 'RESULTED'
), v AS (
    SELECT r.*,
           CASE WHEN (ARRAY['115', '4.0', '150', '133', '3.5', '59', '60', '0', '30', '0', '0.27', '12', '20', '0', '0', '0', '0', '1', '30', '197', '50', '0', '0.8', NULL, '0']::numeric[])[r.ti] IS NULL THEN NULL
                ELSE round(greatest(0, (ARRAY['115', '4.0', '150', '133', '3.5', '59', '60', '0', '30', '0', '0.27', '12', '20', '0', '0', '0', '0', '1', '30', '197', '50', '0', '0.8', NULL, '0']::numeric[])[r.ti] + ((ARRAY['165', '11.0', '400', '146', '5.3', '104', '120', '41', '130', '21', '4.2', '22', '41', '5.0', '3.0', '1.7', '5', '20', '400', '771', '175', '4.0', '1.2', NULL, '7']::numeric[])[r.ti] - (ARRAY['115', '4.0', '150', '133', '3.5', '59', '60', '0', '30', '0', '0.27', '12', '20', '0', '0', '0', '0', '1', '30', '197', '50', '0', '0.8', NULL, '0']::numeric[])[r.ti]) * ((r.h % 135) - 15) / 100.0), (ARRAY['0', '1', '0', '0', '1', '0', '0', '0', '0', '0', '2', '1', '0', '1', '1', '1', '0', '0', '0', '0', '0', '2', '1', '0', '1']::int[])[r.ti]) END AS val,
           r.collected_dt + (((ARRAY['4', '4', '4', '6', '6', '6', '6', '6', '6', '6', '24', '24', '24', '24', '24', '24', '6', '6', '24', '48', '72', '24', '2', '72', '72']::int[])[r.ti] * 6) / 10 + r.order_id % 9) * interval '1 hour' + (r.order_id % 53) * interval '1 minute' AS rdt
    FROM r
)
SELECT v.order_id, v.test_cd, v.val,
       CASE WHEN v.test_cd = 'MSU' THEN (ARRAY['No significant growth', 'Mixed growth - likely contaminated, please repeat', 'E. coli >10^5 CFU/ml - sensitive to nitrofurantoin, resistant to trimethoprim', 'Pus cells seen, no growth', 'Klebsiella pneumoniae >10^5 CFU/ml - sensitive to nitrofurantoin'])[1 + v.h % 5] END,
       (ARRAY['g/L', '10*9/L', '10*9/L', 'mmol/L', 'mmol/L', 'umol/L', 'mL/min/1.73m2', 'U/L', 'U/L', 'umol/L', 'mU/L', 'pmol/L', 'mmol/mol', 'mmol/L', 'mmol/L', 'mmol/L', 'mg/L', 'mm/hr', 'ug/L', 'ng/L', 'nmol/L', 'ug/L', 'ratio', NULL, 'U/mL'])[v.ti],
       CASE WHEN v.val IS NULL THEN CASE WHEN v.test_cd = 'MSU' AND v.h % 5 IN (2, 4) THEN 'A' END
            WHEN v.val > (ARRAY['165', '11.0', '400', '146', '5.3', '104', '120', '41', '130', '21', '4.2', '22', '41', '5.0', '3.0', '1.7', '5', '20', '400', '771', '175', '4.0', '1.2', NULL, '7']::numeric[])[v.ti] THEN 'H' WHEN v.val < (ARRAY['115', '4.0', '150', '133', '3.5', '59', '60', '0', '30', '0', '0.27', '12', '20', '0', '0', '0', '0', '1', '30', '197', '50', '0', '0.8', NULL, '0']::numeric[])[v.ti] THEN 'L' ELSE 'N' END,
       v.rdt,
       CASE WHEN v.h % 17 = 0 THEN (ARRAY['Haemolysed sample - potassium may be falsely elevated', 'Please repeat in 3 months', 'Result phoned to requesting clinician', 'Sample received after 24h - interpret with caution', 'Suggest repeat with fasting sample', 'Consistent with previous result', 'Insufficient sample - partial result only'])[1 + (v.h / 17) % 7] END,
       CASE WHEN v.h % 11 <> 0 THEN v.prac_id END,
       CASE WHEN v.h % 11 <> 0 THEN v.rdt + (3 + v.h % 70) * interval '1 hour' END,
       v.h % 11 <> 0,
       CASE WHEN v.lab_name = 'The Doctors Laboratory' OR v.h % 5 = 0 THEN
            'MSH|^~\&|' || upper(left(regexp_replace(v.lab_name, '[^A-Za-z]', '', 'g'), 6)) || '|LAB|NPCPAS|NPC|' || to_char(v.rdt, 'YYYYMMDDHH24MISS') || '||ORU^R01|' || upper(substr(md5('hl7' || v.order_id || v.test_cd), 1, 16)) || '|P|2.4' || chr(13)
            || 'PID|1||' || p.mrn || '^^^NPC^MR' || coalesce('~' || p.nhs_no || '^^^NHS^NH', '') || '||' || upper(p.pat_lname) || '^' || upper(p.pat_fname) || coalesce('^' || upper(p.pat_mname), '') || '||' || to_char(p.pat_dob, 'YYYYMMDD') || '|' || p.pat_sex || '|||' || coalesce(p.addr1, '') || '^^' || coalesce(p.town, '') || '^^' || coalesce(p.postcode, '') || chr(13)
            || 'OBR|1|' || v.order_id || '|' || coalesce(o.specimen_id, '') || '|' || v.test_cd || '^' || (ARRAY['Haemoglobin', 'White cell count', 'Platelets', 'Sodium', 'Potassium', 'Creatinine', 'eGFR (CKD-EPI)', 'Alanine aminotransferase', 'Alkaline phosphatase', 'Bilirubin', 'Thyroid stimulating hormone', 'Free T4', 'HbA1c (IFCC)', 'Total cholesterol', 'LDL cholesterol', 'Triglycerides', 'C-reactive protein', 'Erythrocyte sedimentation rate', 'Ferritin', 'Vitamin B12', '25-OH Vitamin D', 'Prostate specific antigen', 'INR', 'Urine microscopy, culture & sensitivity', 'Tissue transglutaminase IgA'])[v.ti] || '|||' || to_char(o.collected_dt, 'YYYYMMDDHH24MI') || chr(13)
            || 'OBX|1|' || CASE WHEN v.val IS NULL THEN 'TX' ELSE 'NM' END || '|' || v.test_cd || '^' || (ARRAY['Haemoglobin', 'White cell count', 'Platelets', 'Sodium', 'Potassium', 'Creatinine', 'eGFR (CKD-EPI)', 'Alanine aminotransferase', 'Alkaline phosphatase', 'Bilirubin', 'Thyroid stimulating hormone', 'Free T4', 'HbA1c (IFCC)', 'Total cholesterol', 'LDL cholesterol', 'Triglycerides', 'C-reactive protein', 'Erythrocyte sedimentation rate', 'Ferritin', 'Vitamin B12', '25-OH Vitamin D', 'Prostate specific antigen', 'INR', 'Urine microscopy, culture & sensitivity', 'Tissue transglutaminase IgA'])[v.ti] || '||' || coalesce(v.val::text, 'See report') || '|' || coalesce((ARRAY['g/L', '10*9/L', '10*9/L', 'mmol/L', 'mmol/L', 'umol/L', 'mL/min/1.73m2', 'U/L', 'U/L', 'umol/L', 'mU/L', 'pmol/L', 'mmol/mol', 'mmol/L', 'mmol/L', 'mmol/L', 'mg/L', 'mm/hr', 'ug/L', 'ng/L', 'nmol/L', 'ug/L', 'ratio', NULL, 'U/mL'])[v.ti], '') || '|' || coalesce((ARRAY['115', '4.0', '150', '133', '3.5', '59', '60', '0', '30', '0', '0.27', '12', '20', '0', '0', '0', '0', '1', '30', '197', '50', '0', '0.8', NULL, '0']::numeric[])[v.ti] || '-' || (ARRAY['165', '11.0', '400', '146', '5.3', '104', '120', '41', '130', '21', '4.2', '22', '41', '5.0', '3.0', '1.7', '5', '20', '400', '771', '175', '4.0', '1.2', NULL, '7']::numeric[])[v.ti], '') || '|' || CASE WHEN v.val > (ARRAY['165', '11.0', '400', '146', '5.3', '104', '120', '41', '130', '21', '4.2', '22', '41', '5.0', '3.0', '1.7', '5', '20', '400', '771', '175', '4.0', '1.2', NULL, '7']::numeric[])[v.ti] THEN 'H' WHEN v.val < (ARRAY['115', '4.0', '150', '133', '3.5', '59', '60', '0', '30', '0', '0.27', '12', '20', '0', '0', '0', '0', '1', '30', '197', '50', '0', '0.8', NULL, '0']::numeric[])[v.ti] THEN 'L' ELSE 'N' END || '|||F' END
FROM v
JOIN clinic.patient p ON p.pat_id = v.pat_id
JOIN clinic.lab_order o ON o.order_id = v.order_id
ORDER BY v.rdt, v.order_id, v.test_cd;




INSERT INTO clinic.vaccination (pat_id, vaccine, batch_no, dose_no, given_dt, given_by, site_id, route, body_site, expiry_dt, consent_by, reaction_notes)
WITH v AS MATERIALIZED (
    SELECT g, ('x' || substr(md5('vac' || g), 1, 7))::bit(28)::integer AS h, ('x' || substr(md5('vp' || g), 1, 7))::bit(28)::integer AS hp FROM generate_series(1, 560) g
), w AS (
    SELECT v.*, 1 + v.h % 15 AS vi,
           p.pat_id, p.pat_dob, p.reg_dt,
           date '2021-03-01' + (v.g * 1450) / 560 AS dt
    FROM v
    JOIN clinic.patient p ON p.pat_id = 1 + v.hp % 1200
    WHERE p.deceased_dt IS NULL
)
SELECT w.pat_id,
       (ARRAY['Hepatitis A (Havrix Monodose)', 'Typhoid (Typhim Vi)', 'Hepatitis B (Engerix B)', 'Yellow fever (Stamaril)', 'Rabies (Verorab)', 'Japanese encephalitis (Ixiaro)', 'Influenza (QIVe)', 'Shingles (Shingrix)', 'HPV (Gardasil 9)', 'MenACWY (Nimenrix)', 'Diphtheria/tetanus/polio (Revaxis)', 'Cholera (Dukoral)', 'COVID-19 (Comirnaty)', 'MMR (Priorix)', 'Pneumococcal (Pneumovax 23)'])[w.vi],
       upper(substr(md5((ARRAY['Hepatitis A (Havrix Monodose)', 'Typhoid (Typhim Vi)', 'Hepatitis B (Engerix B)', 'Yellow fever (Stamaril)', 'Rabies (Verorab)', 'Japanese encephalitis (Ixiaro)', 'Influenza (QIVe)', 'Shingles (Shingrix)', 'HPV (Gardasil 9)', 'MenACWY (Nimenrix)', 'Diphtheria/tetanus/polio (Revaxis)', 'Cholera (Dukoral)', 'COVID-19 (Comirnaty)', 'MMR (Priorix)', 'Pneumococcal (Pneumovax 23)'])[w.vi] || to_char(w.dt, 'YYYYQ')), 1, 2)) || (ARRAY['HAVB', 'Y3A', 'R21', 'K07', 'T4', 'FX'])[1 + w.vi % 6] || upper(substr(md5(w.vi || to_char(w.dt, 'YYYYQ')), 3, 3)),
       least((ARRAY['2', '1', '3', '1', '3', '2', '1', '2', '2', '1', '1', '2', '1', '2', '1']::int[])[w.vi], 1 + w.h % 3),
       greatest(w.dt, w.reg_dt),
       (ARRAY[23, 23, 23, 19, 20, 21, 24, 25, 26])[1 + w.h % 9],
       1 + (w.g % 5),
       (ARRAY['IM', 'IM', 'IM', 'SC', 'IM', 'IM', 'IM', 'IM', 'IM', 'IM', 'IM', 'PO', 'IM', 'SC', 'IM'])[w.vi],
       CASE WHEN (ARRAY['IM', 'IM', 'IM', 'SC', 'IM', 'IM', 'IM', 'IM', 'IM', 'IM', 'IM', 'PO', 'IM', 'SC', 'IM'])[w.vi] = 'PO' THEN 'Oral' WHEN w.pat_dob > greatest(w.dt, w.reg_dt) - 730 THEN 'L anterolateral thigh' WHEN w.h % 3 = 0 THEN 'R deltoid' ELSE 'L deltoid' END,
       greatest(w.dt, w.reg_dt) + 200 + w.h % 500,
       CASE WHEN w.pat_dob > greatest(w.dt, w.reg_dt) - 5840 THEN (ARRAY['PARENT', 'PARENT', 'GUARDIAN'])[1 + w.h % 3] ELSE 'PATIENT' END,
       CASE WHEN w.h % 8 = 3 THEN (ARRAY['Mild soreness at injection site', 'Felt faint, recovered after 10 mins lying flat - observed 20 mins', 'No immediate reaction. Advised re fever and paracetamol.', 'Pt reports previous reaction to egg - observed 30 mins, no reaction', 'Local redness 2cm next day - pt phoned, reassured', 'Anxious, needle phobic - mother present', 'Yellow fever certificate issued (ICVP)'])[1 + (w.h / 8) % 7] END
FROM w
ORDER BY greatest(w.dt, w.reg_dt), w.g;

INSERT INTO clinic.referral (pat_id, from_prac_id, enc_id, ref_dt, to_service, to_org, to_clinician, urgency, reason, ubrn, status, ack_dt, letter_pdf)
WITH r AS MATERIALIZED (
    SELECT e.enc_id, e.pat_id, e.prac_id, e.enc_end, a.reason AS appt_reason, p.pat_fname, p.pat_sex,
           date_part('year', age(e.enc_end, p.pat_dob))::integer AS age_yrs,
           ('x' || substr(md5('ref' || e.enc_id), 1, 7))::bit(28)::integer AS h
    FROM clinic.encounter e
    JOIN clinic.appointment a ON a.appt_id = e.appt_id
    JOIN clinic.practitioner pr ON pr.prac_id = e.prac_id
    JOIN clinic.patient p ON p.pat_id = e.pat_id
    WHERE pr.prac_type IN ('CONSULTANT', 'GP')
), s AS (
    SELECT r.*, 1 + (r.h / 7) % 14 AS si,
           CASE WHEN r.h % 29 = 0 THEN '2WW' WHEN r.h % 6 = 1 THEN 'URGENT' ELSE 'ROUTINE' END AS urg
    FROM r WHERE r.h % 4 = 0
)
SELECT s.pat_id, s.prac_id, s.enc_id, s.enc_end::date,
       (ARRAY['Cardiology', 'Radiology - MRI', 'Dermatology', 'Physiotherapy', 'Gastroenterology - Endoscopy', 'Trauma & Orthopaedics', 'Breast Surgery', 'Clinical Psychology', 'ENT', 'Urology', 'Ophthalmology', 'Radiology - Ultrasound', 'Neurology', 'Dietetics'])[s.si],
       (ARRAY['Leeds Teaching Hospitals NHS Trust', 'Spire Leeds Hospital', 'Nuffield Health Leeds Hospital', 'North Park Clinic', 'BMI The Duchy Hospital', 'Spire Manchester Hospital', 'Manchester University NHS Foundation Trust', 'Priory Hospital Leeds', 'Sheffield Teaching Hospitals NHS Foundation Trust', 'York and Scarborough Teaching Hospitals NHS Foundation Trust', 'Optegra Eye Hospital Yorkshire', 'Medical Imaging Partnership', 'Salford Royal NHS Foundation Trust', 'North Park Clinic'])[s.si],
       CASE WHEN s.h % 10 < 7 AND (ARRAY['Leeds Teaching Hospitals NHS Trust', 'Spire Leeds Hospital', 'Nuffield Health Leeds Hospital', 'North Park Clinic', 'BMI The Duchy Hospital', 'Spire Manchester Hospital', 'Manchester University NHS Foundation Trust', 'Priory Hospital Leeds', 'Sheffield Teaching Hospitals NHS Foundation Trust', 'York and Scarborough Teaching Hospitals NHS Foundation Trust', 'Optegra Eye Hospital Yorkshire', 'Medical Imaging Partnership', 'Salford Royal NHS Foundation Trust', 'North Park Clinic'])[s.si] <> 'North Park Clinic' THEN
            (ARRAY['Mr', 'Dr', 'Prof', 'Ms', 'Dr', 'Mr', 'Miss', 'Dr'])[1 + s.h % 8] || ' ' || substr('ABCDEGHJKLMNPRST', 1 + (s.h / 3) % 16, 1) || '. ' || (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Ahmed', 'Hussain', 'Begum', 'Ali', 'Shah', 'Sharma', 'Singh', 'Kaur', 'O''Brien', 'Murphy', 'Kelly', 'McDonald', 'Campbell', 'Stewart', 'Kowalski', 'Nowak', 'Okafor', 'Adeyemi', 'Mensah', 'Chen', 'Wong', 'Nguyen', 'Hughes', 'Lewis', 'Harrison', 'Turner', 'Barker', 'Holmes', 'Sutcliffe', 'Ackroyd', 'Haigh', 'Brearley', 'Lister', 'Fairbairn', 'Armitage', 'Oduya', 'Rahman', 'Iqbal', 'Pickles'])[1 + (s.h / 11) % 61] END,
       s.urg::clinic.ref_urgency,
       'Thank you for seeing ' || s.pat_fname || ', a ' || s.age_yrs || ' year old ' || CASE s.pat_sex WHEN 'F' THEN CASE WHEN s.age_yrs < 16 THEN 'girl' ELSE 'woman' END WHEN 'M' THEN CASE WHEN s.age_yrs < 16 THEN 'boy' ELSE 'man' END ELSE 'patient' END
           || ' with ' || CASE WHEN s.appt_reason IS NULL OR s.appt_reason IN ('Sick note / fit note', 'Private GP appointment', 'Well person check', 'Medication review', 'Blood pressure check', 'Travel vaccinations advice', 'Contraception review') THEN 'ongoing symptoms'
                                WHEN substr(s.appt_reason, 2, 1) ~ '[A-Z]' THEN s.appt_reason ELSE lower(left(s.appt_reason, 1)) || substr(s.appt_reason, 2) END || '. '
           || (ARRAY['Symptoms have not responded to conservative management.', 'I would be grateful for your opinion and further investigation.', 'Pt is keen for a specialist review and is self-funding.', 'Bloods enclosed - raised inflammatory markers.', 'Please see attached imaging report.', 'Pt is anxious and would appreciate an early appointment.', 'Insurer authorisation has been obtained.'])[1 + (s.h / 13) % 7],
       CASE WHEN (ARRAY['Leeds Teaching Hospitals NHS Trust', 'Spire Leeds Hospital', 'Nuffield Health Leeds Hospital', 'North Park Clinic', 'BMI The Duchy Hospital', 'Spire Manchester Hospital', 'Manchester University NHS Foundation Trust', 'Priory Hospital Leeds', 'Sheffield Teaching Hospitals NHS Foundation Trust', 'York and Scarborough Teaching Hospitals NHS Foundation Trust', 'Optegra Eye Hospital Yorkshire', 'Medical Imaging Partnership', 'Salford Royal NHS Foundation Trust', 'North Park Clinic'])[s.si] LIKE '%NHS%' THEN lpad(((s.h::bigint * 7919) % 1000000000000)::text, 12, '0') END,
       CASE WHEN s.enc_end > timestamp '2025-02-20' THEN 'SENT' WHEN s.h % 23 = 0 THEN 'REJECTED' WHEN s.h % 3 = 0 THEN 'COMPLETED' WHEN s.h % 3 = 1 THEN 'BOOKED' ELSE 'ACKNOWLEDGED' END,
       CASE WHEN s.enc_end <= timestamp '2025-02-20' THEN s.enc_end::date + 1 + s.h % 12 END,
       CASE WHEN s.h % 5 <> 2 THEN
            convert_to('%PDF-1.4' || chr(10) || '%', 'UTF8') || '\xe2e3cfd30a'::bytea
            || convert_to('1 0 obj' || chr(10) || '<< /Type /Catalog /Pages 2 0 R >>' || chr(10) || 'endobj' || chr(10) || '2 0 obj' || chr(10) || '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' || chr(10) || 'endobj' || chr(10) || '4 0 obj' || chr(10) || '<< /Length 412 /Filter /FlateDecode >>' || chr(10) || 'stream' || chr(10), 'UTF8')
            || '\x789c'::bytea || sha256(('pdf' || s.enc_id)::bytea) || sha256(('pdf2' || s.enc_id)::bytea) || sha256(('pdf3' || s.enc_id)::bytea)
            || convert_to(chr(10) || 'endstream' || chr(10) || 'endobj' || chr(10) || 'trailer' || chr(10) || '<< /Root 1 0 R >>' || chr(10) || '%%EOF' || chr(10), 'UTF8') END
FROM s
ORDER BY s.enc_end;

INSERT INTO clinic.home_visit (pat_id, prac_id, visit_dt, home_lat, home_lon, latitude, longitude, arrived_ts, left_ts, mileage, key_safe_cd, access_notes, visit_notes, outcome)
WITH hp AS MATERIALIZED (
    SELECT p.pat_id, p.town, p.pat_id % 7 AS slot,
           round((ARRAY['53.8008', '53.6833', '53.795', '53.6458', '53.448', '53.4106', '53.4875', '53.9921', '53.96', '53.37', '53.4302', '53.925']::numeric[])[array_position(ARRAY['Leeds', 'Wakefield', 'Bradford', 'Huddersfield', 'Manchester', 'Stockport', 'Salford', 'Harrogate', 'York', 'Sheffield', 'Rotherham', 'Ilkley'], p.town)] + ((('x' || substr(md5('lat' || p.pat_id), 1, 7))::bit(28)::integer % 6000) - 3000) / 100000.0, 6) AS hlat,
           round((ARRAY['-1.5491', '-1.4977', '-1.7594', '-1.785', '-2.23', '-2.1575', '-2.2901', '-1.5418', '-1.0873', '-1.5', '-1.3568', '-1.8228']::numeric[])[array_position(ARRAY['Leeds', 'Wakefield', 'Bradford', 'Huddersfield', 'Manchester', 'Stockport', 'Salford', 'Harrogate', 'York', 'Sheffield', 'Rotherham', 'Ilkley'], p.town)] + ((('x' || substr(md5('lon' || p.pat_id), 1, 7))::bit(28)::integer % 9000) - 4500) / 100000.0, 6) AS hlon,
           row_number() OVER (ORDER BY p.pat_id) AS rn
    FROM clinic.patient p
    WHERE p.pat_dob < date '1948-01-01' AND p.reg_dt < date '2022-06-01' AND p.addr1 IS NOT NULL
), hv AS (
    SELECT g, ('x' || substr(md5('hv' || g), 1, 7))::bit(28)::integer AS h,
           timestamp '2022-06-06 09:30' + ((g * 997) / 220) * interval '1 day' + ((g * 37) % 420) * interval '1 minute' AS vdt
    FROM generate_series(1, 220) g
)
SELECT hp.pat_id,
       (ARRAY[26, 26, 21, 24, 13, 14, 15, 16, 31, 25, 20])[1 + hv.h % 11],
       hv.vdt,
       hp.hlat, hp.hlon,
       CASE WHEN hv.vdt >= timestamp '2024-02-14' THEN hp.hlat + ((hv.h % 61) - 30) / 100000.0 + (hv.h % 997) / 1000000000.0 END,
       CASE WHEN hv.vdt >= timestamp '2024-02-14' THEN hp.hlon + (((hv.h / 61) % 61) - 30) / 100000.0 - (hv.h % 991) / 1000000000.0 END,
       (hv.vdt + (hv.h % 25) * interval '1 minute') AT TIME ZONE 'Europe/London',
       (hv.vdt + (25 + hv.h % 50) * interval '1 minute') AT TIME ZONE 'Europe/London',
       round((2 + (hv.h % 180) / 10.0)::numeric, 1),
       CASE WHEN hp.slot IN (1, 4) THEN lpad(((hp.pat_id * 7919) % 10000)::text, 4, '0') WHEN hp.slot = 5 THEN 'C' || lpad(((hp.pat_id * 31) % 10000)::text, 4, '0') END,
       CASE WHEN hp.slot <> 0 THEN (ARRAY['Key safe by back door', 'Ring bell and wait - pt slow to answer door', 'Dog in house - ask daughter to shut away before visit', 'No parking outside - use Oakwood Lane', 'Ground floor flat, buzzer 4', 'Carer present mornings only', 'Side gate - front door not used', 'Pt hard of hearing - knock loudly', 'Call ahead on mobile 30 mins before'])[1 + hp.pat_id % 9] END,
       (ARRAY['Wound reviewed, dressing changed. Healing well, no signs of infection.', 'Pt more breathless than last visit, sats 91% on air. Discussed with GP, same-day review arranged.', 'Leg ulcer dressed, compression reapplied. Pt reports pain 3/10.', 'Medication review at home. Dosette box checked - pt missing evening doses.', 'No answer at door x2, phoned NOK (daughter) - pt at hospital appointment.', 'Post-fall review. Bruising L hip, mobilising with frame. OT referral made.', 'Pt confused today, ?UTI. Urine dip +ve nitrites. Sample sent, GP informed.', 'Bloods taken at home (FBC, U&E). Pt well in himself.', 'Pressure area check - sacrum intact, heels red but blanching.', 'Palliative review. Pt comfortable, family present. Anticipatory meds in house.'])[1 + hv.h % 10],
       CASE WHEN hv.h % 10 = 4 THEN 'NO_ACCESS' WHEN hv.h % 10 = 1 THEN 'REFERRED' WHEN hv.h % 37 = 0 THEN 'ADMITTED' ELSE 'SEEN' END
FROM hv
JOIN hp ON hp.rn = 1 + hv.h % (SELECT count(*) FROM hp)
ORDER BY hv.vdt;


INSERT INTO clinic.sms_msg (pat_id, appt_id, to_no, msg_body, sent_ts, provider_msg_id, delivery_sts, cost_pence)
WITH s AS MATERIALIZED (
    SELECT a.appt_id, a.pat_id, a.appt_dt, a.status, p.pat_fname, p.mob_no, pr.prac_title, pr.prac_lname, st.town, st.ph_no AS site_ph,
           '+44' || substr(regexp_replace(p.mob_no, '[^0-9]', '', 'g'), CASE WHEN p.mob_no LIKE '+44%' THEN 3 ELSE 2 END) AS e164,
           ('x' || substr(md5('sms' || a.appt_id), 1, 7))::bit(28)::integer AS h
    FROM clinic.appointment a
    JOIN clinic.patient p ON p.pat_id = a.pat_id
    JOIN clinic.practitioner pr ON pr.prac_id = a.prac_id
    JOIN clinic.site st ON st.site_id = a.site_id
    WHERE a.reminder_sent AND p.mob_no IS NOT NULL AND p.sms_consent AND a.appt_dt >= timestamp '2022-06-01'
), m AS (
    SELECT s.*, 1 AS kind, (s.appt_dt::date - 2 + time '10:00') + (s.h % 40) * interval '1 second' AS ts FROM s WHERE s.h % 10 < 6
    UNION ALL
    SELECT s.*, 2, (s.appt_dt::date + 1 + time '09:15') + (s.h % 40) * interval '1 second' FROM s WHERE s.status = 'DNA'
)
SELECT m.pat_id, m.appt_id, m.e164,
       CASE m.kind
           WHEN 1 THEN 'Dear ' || m.pat_fname || ', this is a reminder of your appointment with ' || m.prac_title || ' ' || m.prac_lname || ' at North Park Clinic ' || m.town || ' on ' || to_char(m.appt_dt, 'Dy DD Mon') || ' at ' || to_char(m.appt_dt, 'HH24:MI') || '. To cancel reply CANCEL or call ' || m.site_ph || '.'
           ELSE 'Dear ' || m.pat_fname || ', we missed you at your appointment on ' || to_char(m.appt_dt, 'DD/MM') || '. Please call ' || m.site_ph || ' to rebook. A missed appointment fee may apply.' END,
       CASE WHEN m.ts < timestamp '2025-03-03 10:00' THEN m.ts AT TIME ZONE 'Europe/London' END,
       CASE WHEN m.ts < timestamp '2025-03-03 10:00' THEN 'SM' || md5('twilio' || m.appt_id || m.kind) END,
       CASE WHEN m.ts >= timestamp '2025-03-03 10:00' THEN 'QUEUED' WHEN m.h % 31 = 0 THEN 'FAILED' WHEN m.h % 17 = 0 THEN 'UNDELIVERED' ELSE 'DELIVERED' END,
       CASE WHEN m.ts >= timestamp '2025-03-03 10:00' THEN NULL WHEN m.kind = 1 THEN 8 ELSE 4 END
FROM m
ORDER BY m.ts, m.appt_id;

INSERT INTO clinic.audit_log (log_ts, usr_id, action, tbl_name, rec_id, client_ip, session_id, old_vals, new_vals)
WITH b AS MATERIALIZED (
    SELECT g, ('x' || substr(md5('au' || g), 1, 7))::bit(28)::integer AS h,
           timestamp '2023-01-02 08:00' + ((g * 791) / 1500) * interval '1 day' + (('x' || substr(md5('aut' || g), 1, 7))::bit(28)::integer % 600) * interval '1 minute' AS ts
    FROM generate_series(1, 1500) g
), c0 AS (
    SELECT b.*,
           CASE WHEN b.h % 100 < 40 THEN 'VIEW' WHEN b.h % 100 < 64 THEN 'UPDATE' WHEN b.h % 100 < 74 THEN 'INSERT' WHEN b.h % 100 < 81 THEN 'PRINT'
                WHEN b.h % 100 < 91 THEN 'LOGIN' WHEN b.h % 100 < 94 THEN 'LOGIN_FAIL' WHEN b.h % 100 < 97 THEN 'EXPORT' ELSE 'DELETE' END AS act,
           u.usr_id, u.usr_login, u.last_login_ip, u.site_id, u.role_cd,
           1 + (b.h / 100) % 1200 AS pid,
           1 + (b.h / 100) % 2000 AS aid,
           (b.h / 100) % 5 AS k
    FROM b
    JOIN clinic.sys_user u ON u.usr_id = 3 + (b.h / 7) % 60
), c AS (
    SELECT c0.*,
           CASE WHEN c0.act IN ('LOGIN', 'LOGIN_FAIL') THEN 'sys_user'
                WHEN c0.act = 'EXPORT' THEN 'report'
                WHEN c0.act = 'DELETE' THEN 'prescription'
                WHEN c0.act = 'INSERT' THEN CASE WHEN c0.k < 2 THEN 'next_of_kin' ELSE 'appointment' END
                WHEN c0.act = 'UPDATE' THEN CASE WHEN c0.k < 3 THEN 'patient' ELSE 'appointment' END
                ELSE (ARRAY['patient', 'encounter', 'appointment', 'lab_result', 'referral'])[1 + c0.k] END AS tbl
    FROM c0
)
SELECT c.ts AT TIME ZONE 'Europe/London',
       CASE WHEN c.act = 'LOGIN_FAIL' AND c.h % 3 = 0 THEN NULL ELSE c.usr_id END,
       c.act,
       c.tbl,
       CASE c.tbl WHEN 'sys_user' THEN c.usr_id WHEN 'report' THEN NULL WHEN 'prescription' THEN 1 + (c.h / 100) % 690
                  WHEN 'next_of_kin' THEN 1 + (c.h / 100) % 950 WHEN 'patient' THEN c.pid WHEN 'appointment' THEN c.aid
                  WHEN 'encounter' THEN 1 + (c.h / 100) % 1586 WHEN 'lab_result' THEN 1 + (c.h / 100) % 1000 WHEN 'referral' THEN 1 + (c.h / 100) % 189 END,
       CASE WHEN c.h % 9 = 4 AND c.last_login_ip IS NOT NULL AND family(c.last_login_ip) = 6 THEN c.last_login_ip
            WHEN c.h % 9 = 4 THEN (ARRAY['86.131.55.18', '81.98.214.7', '2a00:23c6:f289:9c01:3dc4:5a71:b0e2:61f9', '92.238.41.153', '109.148.207.66'])[1 + c.h % 5]::inet
            ELSE ('10.2' || (coalesce(c.site_id, 1) - 1) || '.' || (10 + coalesce(c.site_id, 1)) || '.' || (20 + c.usr_id * 3 % 230))::inet END,
       CASE WHEN c.act <> 'LOGIN_FAIL' THEN upper(md5('jsess' || c.usr_id || c.ts::date || (extract(hour FROM c.ts)::int / 4))) END,
       CASE WHEN c.act = 'UPDATE' AND c.k = 0 THEN jsonb_build_object('mob_no', '07' || (ARRAY['702', '715', '738', '791', '846', '912'])[1 + c.h % 6] || ' ' || lpad(((c.h / 3) % 1000000)::text, 6, '0'))
            WHEN c.act = 'UPDATE' AND c.k = 1 THEN jsonb_build_object('addr1', (1 + c.h % 90) || ' ' || (ARRAY['Station Road', 'Church Street', 'Hall Lane', 'Park View', 'Moor Road'])[1 + c.h % 5], 'addr2', NULL, 'postcode', (SELECT left(postcode, position(' ' IN postcode)) || (c.h % 9 + 1) || 'BD' FROM clinic.patient WHERE pat_id = c.pid))
            WHEN c.act = 'UPDATE' AND c.k = 2 THEN (SELECT jsonb_build_object('email', NULL, 'email_consent', false, 'pat_lname', coalesce(pat_prev_lname, pat_lname)) FROM clinic.patient WHERE pat_id = c.pid)
            WHEN c.act = 'UPDATE' THEN jsonb_build_object('status', 'BOOKED', 'cancel_dt', NULL, 'cancel_reason', NULL)
            WHEN c.act = 'DELETE' THEN (SELECT jsonb_build_object('rx_id', rx_id, 'pat_id', pat_id, 'drug_id', drug_id, 'dosage', dosage, 'freq', freq, 'instructions', instructions) FROM clinic.prescription WHERE rx_id = 1 + (c.h / 100) % 690)
       END,
       CASE WHEN c.act = 'UPDATE' AND c.k = 0 THEN (SELECT jsonb_build_object('mob_no', mob_no) FROM clinic.patient WHERE pat_id = c.pid)
            WHEN c.act = 'UPDATE' AND c.k = 1 THEN (SELECT jsonb_build_object('addr1', addr1, 'addr2', addr2, 'postcode', postcode) FROM clinic.patient WHERE pat_id = c.pid)
            WHEN c.act = 'UPDATE' AND c.k = 2 THEN (SELECT jsonb_build_object('email', email, 'email_consent', email_consent, 'pat_lname', pat_lname) FROM clinic.patient WHERE pat_id = c.pid)
            WHEN c.act = 'UPDATE' THEN (SELECT jsonb_build_object('status', status, 'cancel_dt', cancel_dt, 'cancel_reason', cancel_reason) FROM clinic.appointment WHERE appt_id = c.aid)
            WHEN c.act = 'INSERT' AND c.k < 2 THEN (SELECT jsonb_build_object('pat_id', pat_id, 'nok_name', nok_name, 'relationship', relationship, 'ph_no', ph_no, 'is_emerg', is_emerg) FROM clinic.next_of_kin WHERE nok_id = 1 + (c.h / 100) % 950)
            WHEN c.act = 'INSERT' THEN (SELECT jsonb_build_object('pat_id', pat_id, 'prac_id', prac_id, 'appt_dt', appt_dt, 'appt_type', appt_type, 'reason', reason) FROM clinic.appointment WHERE appt_id = c.aid)
            WHEN c.act = 'LOGIN' THEN jsonb_build_object('ua', (ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91', 'Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15', 'Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1'])[1 + c.h % 5], 'mfa', c.role_cd IN ('ADMIN', 'MANAGER', 'BILLING') OR c.h % 2 = 0, 'site', coalesce(c.site_id, 1))
            WHEN c.act = 'LOGIN_FAIL' THEN jsonb_build_object('username', CASE WHEN c.h % 3 = 0 THEN (ARRAY['admin', 'administrator', 'test', 'root'])[1 + c.h % 4] ELSE c.usr_login END, 'reason', CASE WHEN c.h % 5 = 0 THEN 'ACCOUNT_LOCKED' ELSE 'BAD_CREDENTIALS' END)
            WHEN c.act = 'EXPORT' THEN jsonb_build_object('report', (ARRAY['DNA list', 'Daily clinic list', 'Aged debt report', 'Insurer remittance export', 'Referral tracker', 'Lab results outstanding'])[1 + c.h % 6], 'format', CASE WHEN c.h % 2 = 0 THEN 'CSV' ELSE 'PDF' END, 'rows', 20 + c.h % 400)
       END
FROM c
ORDER BY c.ts;


INSERT INTO public.spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time, principal_name)
SELECT md5('spring-primary:' || u.usr_id)::uuid::text,
       md5('spring-session:' || u.usr_id || ':20250303')::uuid::text,
       (extract(epoch FROM timestamptz '2025-03-03 07:40:00+00') * 1000)::bigint + (u.usr_id * 97531) % 7200000,
       (extract(epoch FROM timestamptz '2025-03-03 07:40:00+00') * 1000)::bigint + (u.usr_id * 97531) % 7200000 + (u.usr_id * 31337) % 1500000,
       1200,
       (extract(epoch FROM timestamptz '2025-03-03 07:40:00+00') * 1000)::bigint + (u.usr_id * 97531) % 7200000 + (u.usr_id * 31337) % 1500000 + 1200000,
       CASE WHEN u.usr_id % 11 = 5 THEN NULL ELSE u.usr_login END
FROM clinic.sys_user u
WHERE u.active AND u.usr_id <> 2 AND u.usr_id % 3 <> 1
ORDER BY u.usr_id;

INSERT INTO public.spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
SELECT s.primary_id, a.attribute_name,
       CASE a.attribute_name
           WHEN 'SPRING_SECURITY_CONTEXT' THEN
               '\xaced00057372003d'::bytea || convert_to('org.springframework.security.core.context.SecurityContextImpl', 'UTF8')
               || '\x000000000000026c0200014c000e61757468656e7469636174696f6e7400324c6f72672f737072696e676672616d65776f726b2f73656375726974792f636f72652f41757468656e7469636174696f6e3b78707372004f'::bytea
               || convert_to('org.springframework.security.authentication.UsernamePasswordAuthenticationToken', 'UTF8')
               || '\x000000000000026c0200024c000b63726564656e7469616c737400124c6a6176612f6c616e672f4f626a6563743b4c00097072696e636970616c71007e0004787074'::bytea
               || int2send(length(u.usr_login)::smallint) || convert_to(u.usr_login, 'UTF8')
               || '\x74'::bytea || int2send(length('ROLE_' || u.role_cd)::smallint) || convert_to('ROLE_' || u.role_cd, 'UTF8')
               || '\x74'::bytea || int2send(length(coalesce(u.disp_name, u.usr_login))::smallint) || convert_to(coalesce(u.disp_name, u.usr_login), 'UTF8')
               || '\x7874'::bytea || int2send(length(host(coalesce(u.last_login_ip, '10.20.1.1'::inet)))::smallint) || convert_to(host(coalesce(u.last_login_ip, '10.20.1.1'::inet)), 'UTF8')
               || '\x7400'::bytea || int2send(32::smallint) || convert_to(upper(md5('jsess' || u.usr_id || '2025-03-03')), 'UTF8') || '\x78'::bytea
           WHEN 'currentSiteId' THEN
               '\xaced0005737200116a6176612e6c616e672e496e746567657212e2a0a4f781873802000149000576616c7565787200106a6176612e6c616e672e4e756d62657286ac951d0b94e08b0200007870'::bytea || int4send(coalesce(u.site_id, 1))
           WHEN 'lastPatientId' THEN
               '\xaced0005737200116a6176612e6c616e672e496e746567657212e2a0a4f781873802000149000576616c7565787200106a6176612e6c616e672e4e756d62657286ac951d0b94e08b0200007870'::bytea || int4send(1 + (u.usr_id * 7919) % 1200)
           WHEN 'org.springframework.web.csrf.CsrfToken' THEN
               '\xaced0005737200366f72672e737072696e676672616d65776f726b2e73656375726974792e7765622e637372662e44656661756c7443737266546f6b656e'::bytea
               || '\x5a53d0a5c43d48b10200034c000a6865616465724e616d657400124c6a6176612f6c616e672f537472696e673b4c000d706172616d657465724e616d6571007e00014c0005746f6b656e71007e0001787074000c582d435352462d544f4b454e7400055f637372667400'::bytea
               || int2send(36::smallint) || convert_to(md5('csrf' || u.usr_id)::uuid::text, 'UTF8')
       END
FROM public.spring_session s
JOIN clinic.sys_user u ON md5('spring-primary:' || u.usr_id)::uuid::text = s.primary_id
CROSS JOIN (VALUES (1, 'SPRING_SECURITY_CONTEXT'), (2, 'currentSiteId'), (3, 'lastPatientId'), (4, 'org.springframework.web.csrf.CsrfToken')) AS a(ord, attribute_name)
WHERE (s.principal_name IS NOT NULL OR a.ord = 4)
  AND (a.ord <> 3 OR u.role_cd IN ('CLINICIAN', 'RECEPTION', 'SECRETARY'))
ORDER BY s.primary_id, a.ord;


INSERT INTO billing.ins_provider (prov_cd, prov_name, addr1, addr2, town, postcode, ph_no, claims_email, edi_sender_id, portal_url, active) VALUES
('BUPA', 'Bupa Insurance Ltd', '1 Angel Court', NULL, 'London', 'EC2R 7HJ', '0345 755 3333', 'providerclaims@bupa.com', 'BUPA0001', 'https://www.bupa.co.uk/healthcare-professionals', true),
('AXA', 'AXA Health', 'Phillips House', 'Crescent Road', 'Tunbridge Wells', 'TN1 2PL', '0800 132 140', 'provider.claims@axahealth.co.uk', 'AXAPPP01', 'https://www.axahealth.co.uk/healthcare-professionals/', true),
('AVIVA', 'Aviva Health UK Ltd', '8 Surrey Street', NULL, 'Norwich', 'NR1 3NG', '0800 158 3333', 'healthclaims@aviva.co.uk', 'AVH00210', 'https://www.aviva.co.uk/health/', true),
('VIT', 'VitalityHealth', '3 More London Riverside', NULL, 'London', 'SE1 2AQ', '0345 602 3523', 'claims@vitality.co.uk', 'VIT00037', 'https://www.vitality.co.uk/provider/', true),
('WPA', 'Western Provident Association Ltd', 'Rivergate House', 'Blackbrook Park', 'Taunton', 'TA1 2PE', '01823 623 000', 'claims@wpa.org.uk', 'WPA00015', 'https://www.wpa.org.uk/providers', true),
('CIGNA', 'Cigna Healthcare', '13th Floor, 5 Aldermanbury Square', NULL, 'London', 'EC2V 7HR', '0800 068 1949', 'providerclaims@cigna.com', 'CIG00442', 'https://www.cignaglobal.com/providers', true),
('SIMPLY', 'Simplyhealth Access', 'Hambleden House', 'Waterloo Court', 'Andover', 'SP10 1LQ', '0300 100 1188', 'claims@simplyhealth.co.uk', 'SMH00090', NULL, true),
('EXETER', 'The Exeter', 'Lakeside House', 'Emperor Way', 'Exeter', 'EX1 3FD', '0300 123 3201', 'claims@the-exeter.com', 'EXE00007', 'https://www.the-exeter.com/', false);

INSERT INTO billing.fee_code (fee_cd, descr, ccsd_cd, amount, vat_rate, active) VALUES
('CONS-NEW', 'Consultant new patient consultation', NULL, 250.00, 0, true),
('CONS-FU', 'Consultant follow-up consultation', NULL, 160.00, 0, true),
('GP-15', 'Private GP consultation (15 min)', NULL, 85.00, 0, true),
('GP-30', 'Private GP consultation (30 min)', NULL, 150.00, 0, true),
('TEL-CONS', 'Telephone consultation', NULL, 95.00, 0, true),
('VID-CONS', 'Video consultation', NULL, 110.00, 0, true),
('PHYS-NEW', 'Physiotherapy initial assessment', NULL, 75.00, 0, true),
('PHYS-FU', 'Physiotherapy follow-up session', NULL, 60.00, 0, true),
('DIET-NEW', 'Dietitian initial consultation', NULL, 95.00, 0, true),
('DIET-FU', 'Dietitian review', NULL, 65.00, 0, true),
('NURSE', 'Nurse appointment', NULL, 40.00, 0, true),
('PHARM', 'Pharmacist medication review', NULL, 55.00, 0, true),
('PHLEB', 'Phlebotomy / venepuncture', 'X3620', 25.00, 0, true),
('LAB-FBC', 'Full blood count', NULL, 18.00, 0, true),
('LAB-PROF', 'Blood profile (U&E, LFT, lipids)', NULL, 65.00, 0, true),
('LAB-TFT', 'Thyroid function tests', NULL, 38.00, 0, true),
('LAB-HBA1C', 'HbA1c', NULL, 30.00, 0, true),
('LAB-MSU', 'Urine MC&S', NULL, 35.00, 0, true),
('ECG', '12-lead ECG with report', 'U1920', 55.00, 0, true),
('SPIRO', 'Spirometry', 'E9220', 75.00, 0, true),
('VAC-TRV', 'Travel vaccine (per dose)', NULL, 65.00, 0, true),
('VAC-FLU', 'Seasonal influenza vaccine', NULL, 20.00, 0, true),
('EXC-BX', 'Excision biopsy of skin lesion', 'S0610', 395.00, 0, true),
('INJ-JT', 'Joint injection (image guided)', 'W9040', 220.00, 0, true),
('HV', 'Home visit supplement', NULL, 120.00, 0, true),
('DNA-FEE', 'Missed appointment fee', NULL, 40.00, 0, true),
('MED-REP', 'Medical report (non-clinical purpose)', NULL, 95.00, 20.00, true),
('CERT', 'Private certificate / fitness to travel letter', NULL, 25.00, 20.00, true),
('CONSNEW17', 'Consultant new patient consultation (2017 tariff)', NULL, 200.00, 0, false),
('CONSFU17', 'Consultant follow-up consultation (2017 tariff)', NULL, 130.00, 0, false);

INSERT INTO billing.gl_account (acct_cd, acct_name, acct_type) VALUES
('1100', 'Trade debtors - self-pay patients', 'A'),
('1110', 'Trade debtors - insurers', 'A'),
('1200', 'Bank - current account (Lloyds)', 'A'),
('1210', 'Card merchant clearing (Worldpay)', 'A'),
('1220', 'Petty cash / reception float', 'A'),
('2200', 'VAT output tax', 'L'),
('2300', 'Patient deposits held', 'L'),
('4000', 'Consultation income', 'I'),
('4010', 'Diagnostics income', 'I'),
('4020', 'Procedures income', 'I'),
('4090', 'Other income', 'I'),
('7800', 'Bad debts written off', 'E');

INSERT INTO billing.pat_policy (pat_id, prov_id, member_no, policy_no, scheme_name, employer_name, holder_name, holder_dob, rel_to_holder, start_dt, end_dt, excess_amt, auth_cd, is_primary, verified_dt)
WITH p AS MATERIALIZED (
    SELECT p.*, ('x' || substr(md5('pol' || p.pat_id), 1, 7))::bit(28)::integer AS h,
           (SELECT n.nok_name FROM clinic.next_of_kin n WHERE n.pat_id = p.pat_id AND n.relationship IN ('Mother', 'Father', 'Wife', 'Husband', 'Partner') ORDER BY n.priority LIMIT 1) AS kin_name,
           (SELECT n.relationship FROM clinic.next_of_kin n WHERE n.pat_id = p.pat_id AND n.relationship IN ('Mother', 'Father', 'Wife', 'Husband', 'Partner') ORDER BY n.priority LIMIT 1) AS kin_rel
    FROM clinic.patient p
), q AS (
    SELECT p.*, 1 + (p.h / 7) % 8 AS prov,
           CASE WHEN p.pat_dob > date '2006-06-01' AND p.kin_name IS NOT NULL THEN 'CHILD'
                WHEN p.kin_rel IN ('Wife', 'Husband') AND p.h % 3 = 0 THEN 'SPOUSE'
                WHEN p.kin_rel = 'Partner' AND p.h % 3 = 0 THEN 'PARTNER'
                ELSE 'SELF' END AS rel
    FROM p
    WHERE p.h % 10 < 5 AND NOT (p.pat_dob > date '2006-06-01' AND p.kin_name IS NULL)
)
SELECT q.pat_id, q.prov,
       CASE q.prov
           WHEN 1 THEN lpad(((q.h::bigint * 7919) % 1000000000)::text, 9, '0')
           WHEN 2 THEN chr(65 + q.h % 26) || lpad(((q.h::bigint * 104729) % 10000000)::text, 7, '0')
           WHEN 3 THEN 'HP' || lpad(((q.h::bigint * 15485863) % 100000000)::text, 8, '0')
           WHEN 4 THEN '4' || lpad(((q.h::bigint * 2750159) % 1000000000)::text, 9, '0')
           WHEN 5 THEN lpad(((q.h::bigint * 3571) % 10000000)::text, 7, '0') || '-0' || (1 + q.h % 4)
           WHEN 6 THEN 'U' || lpad(((q.h::bigint * 1299709) % 100000000)::text, 8, '0')
           WHEN 7 THEN 'SH' || lpad(((q.h::bigint * 86028121) % 100000000)::text, 8, '0')
           ELSE '0' || lpad(((q.h::bigint * 179424673) % 10000000)::text, 7, '0') END,
       CASE WHEN q.h % 3 = 0 THEN (ARRAY['G', 'C', 'P'])[1 + q.h % 3] || lpad(((q.h / 11) % 1000000)::text, 6, '0') END,
       (ARRAY['Bupa By You Comprehensive', 'AXA Health Corporate Plan', 'Aviva Solutions Health', 'Vitality Business Healthcare', 'WPA Flexible Health', 'Cigna Healthcare Global', 'Simplyhealth Plan 3', 'The Exeter Health+'])[q.prov],
       CASE WHEN q.h % 5 IN (0, 1, 2) THEN (ARRAY['Asda Stores Ltd', 'Arup Group Ltd', 'Yorkshire Water Services Ltd', 'First Direct', 'Sky UK Ltd', 'Leeds Building Society', 'Wm Morrison Supermarkets Ltd', 'Jet2 plc', 'Sainsburys Bank plc', 'KPMG LLP', 'Addleshaw Goddard LLP', 'University of Leeds', 'Manchester Airports Group', 'Persimmon Homes Ltd', 'BT Group plc', 'Sheffield Forgemasters Ltd', 'Nestle UK Ltd', 'Aviva plc', 'Bettys & Taylors of Harrogate Ltd', 'Siemens Mobility Ltd'])[1 + (q.h / 13) % 20] END,
       CASE WHEN q.rel = 'SELF' THEN q.pat_fname || ' ' || q.pat_lname ELSE regexp_replace(q.kin_name, '^(Mr|Mrs) ', '') END,
       CASE WHEN q.rel = 'SELF' THEN q.pat_dob
            WHEN q.rel = 'CHILD' THEN q.pat_dob - (9000 + q.h % 4000)
            ELSE q.pat_dob + ((q.h % 1500) - 750) END,
       q.rel,
       greatest(q.reg_dt - (q.h % 700), q.pat_dob),
       CASE WHEN q.h % 9 = 4 THEN date '2023-01-01' + q.h % 700 END,
       (ARRAY[0, 0, 100, 100, 150, 250, 250, 500])[1 + (q.h / 17) % 8],
       CASE WHEN q.h % 4 = 1 THEN (ARRAY['PA', 'AUTH', '', 'V', 'WP', 'CG', 'SH', 'EX'])[q.prov] || lpad(((q.h / 5) % 10000000)::text, 7, '0') END,
       true,
       CASE WHEN q.h % 6 <> 0 THEN least(q.reg_dt + q.h % 400, date '2025-02-27' - q.h % 30) END
FROM q
ORDER BY q.pat_id;


INSERT INTO billing.invoice (inv_no, pat_id, policy_id, site_id, inv_dt, due_dt, bill_to, bill_name, bill_addr1, bill_addr2, bill_town, bill_postcode, bill_email, subtotal, vat_amt, total, amt_paid, status, currency, notes, created_by, created_dt)
WITH a AS MATERIALIZED (
    SELECT a.*, ('x' || substr(md5('inv' || a.appt_id), 1, 7))::bit(28)::integer AS h
    FROM clinic.appointment a
    WHERE a.status = 'COMPLETED' OR a.status = 'DNA' AND a.appt_id % 2 = 0
), b AS (
    SELECT a.appt_id, a.pat_id, a.site_id, a.appt_dt, a.status AS appt_status, a.h,
           pol.policy_id, pol.employer_name, pr.prov_name, pr.addr1 AS p_addr1, pr.addr2 AS p_addr2, pr.town AS p_town, pr.postcode AS p_pc, pr.claims_email,
           p.pat_title, p.pat_fname, p.pat_lname, p.addr1, p.addr2, p.town, p.postcode, p.email,
           least(a.appt_dt::date + a.h % 3, date '2025-03-03') AS idt
    FROM a
    JOIN clinic.patient p ON p.pat_id = a.pat_id
    LEFT JOIN billing.pat_policy pol ON pol.pat_id = a.pat_id AND pol.start_dt <= a.appt_dt::date AND (pol.end_dt IS NULL OR pol.end_dt >= a.appt_dt::date)
    LEFT JOIN billing.ins_provider pr ON pr.prov_id = pol.prov_id
    WHERE a.h % 10 < 7 OR a.status = 'DNA'
), c AS (
    SELECT b.*,
           CASE WHEN b.appt_status = 'DNA' THEN 'P'
                WHEN b.policy_id IS NOT NULL AND b.h % 8 <> 0 THEN 'I'
                WHEN b.employer_name IS NOT NULL AND b.h % 8 = 0 THEN 'T'
                ELSE 'P' END AS bt,
           row_number() OVER (ORDER BY b.idt, b.appt_id) AS rn
    FROM b
)
SELECT 'INV' || lpad((40000 + c.rn)::text, 6, '0'),
       c.pat_id,
       CASE WHEN c.bt = 'I' THEN c.policy_id END,
       c.site_id,
       c.idt,
       c.idt + CASE WHEN c.bt = 'I' THEN 45 ELSE 30 END,
       c.bt,
       CASE c.bt WHEN 'I' THEN c.prov_name
                 WHEN 'T' THEN c.employer_name || ' - ' || (ARRAY['FAO HR - Sarah Whitley', 'FAO Occupational Health - Dr M Pearson', 'FAO Payroll - Gary Lund', 'FAO Claire Dunn, People Team', 'FAO Accounts Payable'])[1 + c.h % 5]
                 ELSE coalesce(c.pat_title || ' ', '') || c.pat_fname || ' ' || c.pat_lname END,
       CASE c.bt WHEN 'I' THEN c.p_addr1 WHEN 'T' THEN (ARRAY['Head Office', 'Unit 4, Thorpe Park', 'Western House', 'Sovereign Square'])[1 + c.h % 4] ELSE c.addr1 END,
       CASE c.bt WHEN 'I' THEN c.p_addr2 WHEN 'T' THEN NULL ELSE c.addr2 END,
       CASE c.bt WHEN 'I' THEN c.p_town WHEN 'T' THEN (ARRAY['Leeds', 'Leeds', 'Manchester', 'Bradford'])[1 + c.h % 4] ELSE c.town END,
       CASE c.bt WHEN 'I' THEN c.p_pc WHEN 'T' THEN (ARRAY['LS15 8GB', 'LS15 8ZB', 'M90 1QX', 'BD3 7AX'])[1 + c.h % 4] ELSE c.postcode END,
       CASE c.bt WHEN 'I' THEN c.claims_email WHEN 'T' THEN NULL ELSE c.email END,
       0, 0, 0, 0,
       (CASE WHEN c.idt > date '2025-02-26' THEN 'DRAFT'
             WHEN c.h % 61 = 0 THEN 'VOID'
             WHEN c.appt_status = 'DNA' AND c.h % 3 = 0 THEN 'WRITTEN_OFF'
             WHEN c.idt < date '2024-10-01' THEN CASE WHEN c.h % 47 = 1 THEN 'WRITTEN_OFF' WHEN c.h % 37 = 2 THEN 'PART_PAID' ELSE 'PAID' END
             WHEN c.idt < date '2025-01-15' THEN CASE WHEN c.h % 5 = 0 THEN 'ISSUED' WHEN c.h % 9 = 1 THEN 'PART_PAID' ELSE 'PAID' END
             ELSE CASE WHEN c.h % 2 = 0 THEN 'ISSUED' ELSE 'PAID' END END)::billing.inv_status,
       'GBP',
       CASE WHEN c.h % 4 = 0 THEN (ARRAY['Excess payable by patient', 'Self-pay - package price agreed', 'Insurer shortfall billed to patient', 'Resubmitted with corrected CCSD code', 'Pt disputes fee - see email', 'Paid at reception on the day', 'Payment plan agreed - 50/month', 'Pre-auth ref on file', 'Reminder letter sent', 'Second reminder sent - pass to debt collection if unpaid'])[1 + (c.h / 4) % 10] END,
       CASE WHEN c.bt = 'I' OR c.h % 3 = 0 THEN (ARRAY[53, 54, 55])[1 + c.h % 3] ELSE (ARRAY[44, 45, 46, 47, 48, 49, 56, 57, 61])[1 + c.h % 9] END,
       c.idt + time '09:00' + (c.h % 540) * interval '1 minute'
FROM c
ORDER BY c.rn;

INSERT INTO billing.invoice_line (inv_id, line_no, fee_cd, appt_id, descr, svc_dt, qty, unit_price, vat_rate, line_total)
WITH ia AS MATERIALIZED (
    SELECT i.inv_id, a.appt_id, a.appt_dt::date AS svc_dt, a.appt_type, a.status, pr.prac_type, a.prac_id, pr.prac_title || ' ' || pr.prac_lname AS prac,
           e.enc_id, ('x' || substr(md5('il' || i.inv_id), 1, 7))::bit(28)::integer AS h
    FROM billing.invoice i
    JOIN LATERAL (SELECT a.* FROM clinic.appointment a
                  WHERE a.pat_id = i.pat_id AND a.appt_dt::date BETWEEN i.inv_dt - 2 AND i.inv_dt AND (a.status = 'COMPLETED' OR a.status = 'DNA')
                  ORDER BY a.appt_dt LIMIT 1) a ON true
    JOIN clinic.practitioner pr ON pr.prac_id = a.prac_id
    LEFT JOIN clinic.encounter e ON e.appt_id = a.appt_id
), l AS (
    SELECT ia.inv_id, 1 AS ord, ia.appt_id, ia.svc_dt, ia.prac, ia.h,
           CASE WHEN ia.status = 'DNA' THEN 'DNA-FEE'
                WHEN ia.appt_type = 'TELEPHONE' THEN 'TEL-CONS'
                WHEN ia.appt_type = 'VIDEO' THEN 'VID-CONS'
                WHEN ia.prac_type = 'CONSULTANT' THEN CASE WHEN ia.appt_type = 'NEW' THEN 'CONS-NEW' ELSE 'CONS-FU' END
                WHEN ia.prac_type = 'GP' THEN CASE WHEN ia.appt_type = 'NEW' THEN 'GP-30' ELSE 'GP-15' END
                WHEN ia.prac_type = 'NURSE' THEN 'NURSE'
                WHEN ia.prac_type = 'HCA' THEN 'PHLEB'
                WHEN ia.prac_type = 'PHYSIO' THEN CASE WHEN ia.appt_type = 'NEW' THEN 'PHYS-NEW' ELSE 'PHYS-FU' END
                WHEN ia.prac_type = 'DIETITIAN' THEN CASE WHEN ia.appt_type = 'NEW' THEN 'DIET-NEW' ELSE 'DIET-FU' END
                ELSE 'PHARM' END AS fee_cd
    FROM ia
    UNION ALL
    SELECT ia.inv_id, 2, ia.appt_id, ia.svc_dt, ia.prac, ia.h, CASE WHEN ia.prac_id = 2 THEN 'EXC-BX' WHEN ia.prac_id IN (4, 7) THEN 'INJ-JT' ELSE 'ECG' END
    FROM ia WHERE ia.appt_type = 'PROCEDURE' AND ia.prac_type = 'CONSULTANT' AND ia.status = 'COMPLETED'
    UNION ALL
    SELECT DISTINCT ia.inv_id, 3, ia.appt_id, ia.svc_dt, ia.prac, ia.h, 'PHLEB'
    FROM ia JOIN clinic.lab_order o ON o.enc_id = ia.enc_id AND o.status <> 'CANCELLED'
    WHERE ia.prac_type <> 'HCA'
    UNION ALL
    SELECT DISTINCT ia.inv_id, 4, ia.appt_id, ia.svc_dt, ia.prac, ia.h,
           CASE WHEN t.test_cd IN ('HB', 'WBC', 'PLT') THEN 'LAB-FBC' WHEN t.test_cd IN ('TSH', 'FT4') THEN 'LAB-TFT' WHEN t.test_cd = 'HBA1C' THEN 'LAB-HBA1C' WHEN t.test_cd = 'MSU' THEN 'LAB-MSU' ELSE 'LAB-PROF' END
    FROM ia JOIN clinic.lab_order o ON o.enc_id = ia.enc_id AND o.status <> 'CANCELLED'
    JOIN clinic.lab_order_test t ON t.order_id = o.order_id
    UNION ALL
    SELECT ia.inv_id, 5, ia.appt_id, ia.svc_dt, ia.prac, ia.h, CASE WHEN ia.h % 2 = 0 THEN 'MED-REP' ELSE 'CERT' END
    FROM ia WHERE ia.h % 31 = 7 AND ia.status = 'COMPLETED'
)
SELECT l.inv_id,
       row_number() OVER (PARTITION BY l.inv_id ORDER BY l.ord, l.fee_cd),
       l.fee_cd, l.appt_id,
       CASE WHEN l.ord IN (1, 2) THEN f.descr || ' - ' || l.prac ELSE f.descr END,
       l.svc_dt, 1,
       CASE WHEN l.ord = 1 AND l.svc_dt < date '2023-01-16' THEN round(f.amount * 0.92, 0) ELSE f.amount END,
       f.vat_rate,
       CASE WHEN l.ord = 1 AND l.svc_dt < date '2023-01-16' THEN round(f.amount * 0.92, 0) ELSE f.amount END
FROM l
JOIN billing.fee_code f ON f.fee_cd = l.fee_cd
ORDER BY l.inv_id, l.ord, l.fee_cd;

UPDATE billing.invoice i
SET subtotal = t.net, vat_amt = t.vat, total = t.net + t.vat
FROM (SELECT inv_id, sum(line_total) AS net, round(sum(line_total * vat_rate / 100), 2) AS vat FROM billing.invoice_line GROUP BY inv_id) t
WHERE t.inv_id = i.inv_id;


INSERT INTO billing.payment (inv_id, pay_dt, amount, method, is_refund, card_type, card_no, card_last4, card_exp, card_holder, auth_cd, psp_ref, psp_token, sort_cd, acct_no, cheque_no, ref_txt, payer_ip, recvd_by)
WITH i AS MATERIALIZED (
    SELECT i.inv_id, i.inv_no, i.inv_dt, i.total, i.status, i.bill_to, i.pat_id, ('x' || substr(md5('pay' || i.inv_id), 1, 7))::bit(28)::integer AS h,
           pol.excess_amt, pr.prov_cd, p.pat_title, p.pat_fname, p.pat_lname, p.pat_dob, p.pat_sex, p.pat_id AS pid
    FROM billing.invoice i
    JOIN clinic.patient p ON p.pat_id = i.pat_id
    LEFT JOIN billing.pat_policy pol ON pol.policy_id = i.policy_id
    LEFT JOIN billing.ins_provider pr ON pr.prov_id = pol.prov_id
    WHERE i.status IN ('PAID', 'PART_PAID', 'WRITTEN_OFF')
), pp AS (
    SELECT i.*, 1 AS seq,
           CASE WHEN i.bill_to = 'I' THEN 'INSURER'
                WHEN i.bill_to = 'T' THEN 'BACS'
                WHEN i.h % 100 < 65 THEN 'CARD' WHEN i.h % 100 < 73 THEN 'CASH' WHEN i.h % 100 < 93 THEN 'BACS' ELSE 'CHEQUE' END AS meth,
           CASE WHEN i.status = 'PAID' AND i.bill_to = 'I' AND coalesce(i.excess_amt, 0) > 0 AND i.h % 3 = 0 THEN i.total - least(i.excess_amt, round(i.total / 2, 2))
                WHEN i.status = 'PAID' THEN i.total
                WHEN i.status = 'PART_PAID' THEN round(i.total * CASE WHEN i.bill_to = 'I' THEN 0.7 ELSE 0.5 END, 2)
                ELSE round(i.total * 0.25, 2) END AS amt
    FROM i
    WHERE i.status <> 'WRITTEN_OFF' OR i.h % 2 = 0
    UNION ALL
    SELECT i.*, 2, 'CARD', least(i.excess_amt, round(i.total / 2, 2))
    FROM i WHERE i.status = 'PAID' AND i.bill_to = 'I' AND coalesce(i.excess_amt, 0) > 0 AND i.h % 3 = 0
    UNION ALL
    SELECT i.*, 3, 'CARD', -round(i.total * CASE WHEN i.h % 2 = 0 THEN 1 ELSE 0.5 END, 2)
    FROM i WHERE i.status = 'PAID' AND i.bill_to = 'P' AND i.h % 53 = 11
), q AS (
    SELECT pp.*, ('x' || substr(md5('pq' || pp.inv_id || pp.seq), 1, 7))::bit(28)::integer AS k,
           CASE pp.meth WHEN 'CARD' THEN CASE WHEN pp.seq = 3 THEN 'REFUND' WHEN pp.h % 10 < 6 THEN 'RECEPTION' WHEN pp.h % 10 < 9 THEN 'ONLINE' ELSE 'MOTO' END END AS chan
    FROM pp
), r AS (
    SELECT q.*,
           CASE WHEN q.meth <> 'CARD' THEN NULL WHEN q.k % 100 < 55 THEN 'VISA' WHEN q.k % 100 < 90 THEN 'MASTERCARD' WHEN q.k % 100 < 97 THEN 'AMEX' ELSE 'MAESTRO' END AS ctype,
           least(date '2025-03-02' + time '16:00',
                 CASE q.meth WHEN 'INSURER' THEN q.inv_dt + 20 + q.h % 40 WHEN 'BACS' THEN q.inv_dt + 3 + q.h % 22 WHEN 'CHEQUE' THEN q.inv_dt + 5 + q.h % 15
                             ELSE CASE WHEN q.chan = 'RECEPTION' THEN q.inv_dt ELSE q.inv_dt + 1 + q.h % 10 END END
                 + time '09:00' + (q.k % 480) * interval '1 minute' + CASE WHEN q.seq = 3 THEN interval '14 days' ELSE interval '0' END) AS pdt
    FROM q
), c AS (
    SELECT r.*,
           CASE r.ctype WHEN 'VISA' THEN (ARRAY['475129', '454313', '492181', '465859', '446291', '417500'])[1 + r.k % 6]
                        WHEN 'MASTERCARD' THEN (ARRAY['535522', '552213', '522371', '543034', '516001'])[1 + r.k % 5]
                        WHEN 'AMEX' THEN (ARRAY['374245', '379767', '377064'])[1 + r.k % 3]
                        WHEN 'MAESTRO' THEN '675964' END AS bin,
           CASE WHEN r.ctype = 'AMEX' THEN 15 ELSE 16 END AS plen
    FROM r
), d AS (
    SELECT c.*, CASE WHEN c.bin IS NOT NULL THEN c.bin || lpad(((c.k::bigint * 48271 + c.inv_id) % power(10, c.plen - 7)::bigint)::text, c.plen - 7, '0') END AS body
    FROM c
), e AS (
    SELECT d.*,
           CASE WHEN d.body IS NOT NULL THEN d.body || ((10 - (SELECT sum(CASE WHEN (length(d.body) - pos) % 2 = 0 THEN (CASE WHEN substr(d.body, pos, 1)::int * 2 > 9 THEN substr(d.body, pos, 1)::int * 2 - 9 ELSE substr(d.body, pos, 1)::int * 2 END) ELSE substr(d.body, pos, 1)::int END) FROM generate_series(1, length(d.body)) pos) % 10) % 10)::text END AS pan
    FROM d
)
SELECT e.inv_id, e.pdt, e.amt, e.meth::billing.pay_method, e.seq = 3,
       e.ctype,
       CASE WHEN e.pan IS NULL THEN NULL
            WHEN e.chan = 'MOTO' AND e.pdt < timestamp '2024-01-01' THEN e.pan
            ELSE left(e.pan, 6) || repeat('*', length(e.pan) - 10) || right(e.pan, 4) END,
       right(e.pan, 4),
       CASE WHEN e.pan IS NOT NULL THEN lpad((1 + e.k % 12)::text, 2, '0') || '/' || to_char(e.pdt + (200 + e.k % 1200) * interval '1 day', 'YY') END,
       CASE WHEN e.pan IS NULL THEN NULL
            WHEN e.pat_dob > e.inv_dt - 6570 THEN upper(left((ARRAY['S', 'J', 'K', 'M', 'A', 'P', 'R'])[1 + e.k % 7], 1) || ' ' || e.pat_lname)
            WHEN e.k % 3 = 0 THEN upper(coalesce(e.pat_title || ' ', '') || left(e.pat_fname, 1) || ' ' || e.pat_lname)
            WHEN e.k % 3 = 1 THEN upper(e.pat_fname || ' ' || e.pat_lname)
            ELSE e.pat_fname || ' ' || e.pat_lname END,
       CASE WHEN e.meth = 'CARD' AND e.seq <> 3 THEN lpad((e.k % 1000000)::text, 6, '0') END,
       CASE WHEN e.meth = 'CARD' THEN '{' || upper(md5('vps' || e.inv_id || e.seq)::uuid::text) || '}'
            WHEN e.meth = 'INSURER' THEN e.prov_cd || '-' || to_char(e.pdt, 'YYMMDD') || '-' || lpad((e.k % 10000)::text, 4, '0') END,
       CASE WHEN e.meth = 'CARD' AND (e.chan = 'ONLINE' AND e.k % 3 = 0 OR e.seq = 3) THEN upper(md5('token' || e.pid || e.ctype)::uuid::text) END,
       CASE WHEN e.meth = 'BACS' AND e.bill_to = 'P' THEN (ARRAY['20', '30', '40', '60', '77', '09', '11', '08', '04'])[1 + e.k % 9] || '-' || lpad(((e.k / 9) % 100)::text, 2, '0') || '-' || lpad(((e.k / 900) % 100)::text, 2, '0') END,
       CASE WHEN e.meth = 'BACS' AND e.bill_to = 'P' THEN lpad(((e.k::bigint * 7907) % 100000000)::text, 8, '0') END,
       CASE WHEN e.meth = 'CHEQUE' THEN lpad((100000 + e.k % 900000)::text, 6, '0') END,
       CASE e.meth WHEN 'BACS' THEN CASE WHEN e.bill_to = 'T' THEN 'BACS ' || e.inv_no ELSE upper(regexp_replace(e.pat_lname, '[^A-Za-z]', '', 'g') || ' ' || left(e.pat_fname, 1) || ' ' || e.inv_no) END
                   WHEN 'CASH' THEN 'Cash at reception'
                   WHEN 'CHEQUE' THEN 'Cheque received by post'
                   WHEN 'INSURER' THEN e.prov_cd || ' remittance advice'
                   ELSE CASE e.chan WHEN 'RECEPTION' THEN 'Card at reception' WHEN 'ONLINE' THEN 'Online payment link' WHEN 'MOTO' THEN 'MOTO - phone payment' ELSE 'Refund - ' || CASE WHEN e.k % 2 = 0 THEN 'overpayment' ELSE 'insurer paid in full' END END END,
       CASE WHEN e.chan = 'ONLINE' THEN
            CASE e.k % 6 WHEN 0 THEN ('86.' || (128 + e.k % 64) || '.' || (e.k / 64) % 256 || '.' || (1 + (e.k / 7) % 254))::inet
                         WHEN 1 THEN ('81.' || (96 + e.k % 16) || '.' || (e.k / 16) % 256 || '.' || (1 + (e.k / 5) % 254))::inet
                         WHEN 2 THEN ('2a00:23c' || (4 + e.k % 4) || ':' || to_hex(4096 + e.k % 61440) || ':' || to_hex(e.k % 65536) || ':' || to_hex((e.k / 3) % 65536) || '::' || to_hex(1 + e.k % 255))::inet
                         WHEN 3 THEN ('92.40.' || (e.k % 256) || '.' || (1 + (e.k / 11) % 254))::inet
                         WHEN 4 THEN ('2a02:c7c:' || to_hex(e.k % 65536) || ':' || to_hex((e.k / 7) % 65536) || ':' || to_hex((e.k / 13) % 65536) || ':' || to_hex((e.k / 17) % 65536) || ':' || to_hex((e.k / 19) % 65536) || ':' || to_hex((e.k / 23) % 65536))::inet
                         ELSE ('109.' || (144 + e.k % 16) || '.' || (e.k / 16) % 256 || '.' || (1 + (e.k / 3) % 254))::inet END END,
       CASE WHEN e.chan = 'ONLINE' THEN NULL
            WHEN e.meth IN ('CARD', 'CASH') AND e.seq <> 3 THEN (ARRAY[44, 45, 46, 47, 48, 49, 56, 57, 61])[1 + e.k % 9]
            ELSE (ARRAY[53, 54, 55])[1 + e.k % 3] END
FROM e
ORDER BY e.pdt, e.inv_id, e.seq;

UPDATE billing.invoice i
SET amt_paid = t.paid
FROM (SELECT inv_id, sum(amount) AS paid FROM billing.payment GROUP BY inv_id) t
WHERE t.inv_id = i.inv_id;


INSERT INTO billing.ledger (entry_dt, period, acct_cd, inv_id, pay_id, debit, credit, memo, batch_no, posted_by, posted_ts)
WITH inv AS (
    SELECT i.inv_id, i.inv_no, i.inv_dt, i.bill_to, i.total, i.vat_amt, i.status, i.amt_paid FROM billing.invoice i
    WHERE i.status NOT IN ('DRAFT', 'VOID') AND i.inv_dt >= date '2024-04-01'
), e AS (
    SELECT inv.inv_dt AS dt, CASE WHEN inv.bill_to = 'I' THEN '1110' ELSE '1100' END AS acct, inv.inv_id, NULL::integer AS pay_id,
           inv.total AS dr, 0::numeric AS cr, inv.inv_no || ' invoice raised' AS memo, 1 AS ord
    FROM inv
    UNION ALL
    SELECT inv.inv_dt,
           CASE WHEN l.fee_cd IN ('PHLEB', 'ECG', 'SPIRO') OR l.fee_cd LIKE 'LAB-%' THEN '4010'
                WHEN l.fee_cd IN ('EXC-BX', 'INJ-JT') OR l.fee_cd LIKE 'VAC-%' THEN '4020'
                WHEN l.fee_cd IN ('DNA-FEE', 'MED-REP', 'CERT') THEN '4090'
                ELSE '4000' END,
           inv.inv_id, NULL::integer, 0, sum(l.line_total), inv.inv_no || ' income', 2
    FROM inv JOIN billing.invoice_line l ON l.inv_id = inv.inv_id
    GROUP BY 1, 2, 3, 4, 7
    UNION ALL
    SELECT inv.inv_dt, '2200', inv.inv_id, NULL::integer, 0, inv.vat_amt, inv.inv_no || ' VAT @ 20%', 3
    FROM inv WHERE inv.vat_amt > 0
    UNION ALL
    SELECT p.pay_dt::date, CASE p.method WHEN 'CARD' THEN '1210' WHEN 'CASH' THEN '1220' ELSE '1200' END, p.inv_id, p.pay_id,
           greatest(p.amount, 0), greatest(-p.amount, 0),
           CASE WHEN p.is_refund THEN 'Refund ' ELSE 'Receipt ' END || i.inv_no || ' ' || lower(p.method::text), 4
    FROM billing.payment p JOIN billing.invoice i ON i.inv_id = p.inv_id
    WHERE p.pay_dt >= timestamp '2024-04-01'
    UNION ALL
    SELECT p.pay_dt::date, CASE WHEN i.bill_to = 'I' THEN '1110' ELSE '1100' END, p.inv_id, p.pay_id,
           greatest(-p.amount, 0), greatest(p.amount, 0),
           CASE WHEN p.is_refund THEN 'Refund ' ELSE 'Receipt ' END || i.inv_no || ' ' || lower(p.method::text), 5
    FROM billing.payment p JOIN billing.invoice i ON i.inv_id = p.inv_id
    WHERE p.pay_dt >= timestamp '2024-04-01'
    UNION ALL
    SELECT least(inv.inv_dt + 120, date '2025-02-28'), '7800', inv.inv_id, NULL::integer, inv.total - inv.amt_paid, 0, 'Write-off ' || inv.inv_no || ' - uneconomic to pursue', 6
    FROM inv WHERE inv.status = 'WRITTEN_OFF' AND inv.total > inv.amt_paid
    UNION ALL
    SELECT least(inv.inv_dt + 120, date '2025-02-28'), CASE WHEN inv.bill_to = 'I' THEN '1110' ELSE '1100' END, inv.inv_id, NULL::integer, 0, inv.total - inv.amt_paid, 'Write-off ' || inv.inv_no || ' - uneconomic to pursue', 7
    FROM inv WHERE inv.status = 'WRITTEN_OFF' AND inv.total > inv.amt_paid
)
SELECT e.dt, to_char(e.dt, 'YYYY-MM'), e.acct, e.inv_id, e.pay_id, e.dr, e.cr, e.memo,
       9000 + (e.dt - date '2024-04-01'),
       (ARRAY[53, 54, 55])[1 + (e.dt - date '2024-04-01') % 3],
       e.dt + time '18:30' + (e.ord * 2) * interval '1 second'
FROM e
WHERE e.dr > 0 OR e.cr > 0
ORDER BY e.dt, e.inv_id, e.ord, e.acct;

ANALYZE;
