using DevDb.Common;
using DevDb.Configuration;
using DevDb.Graph;
using DevDb.Masking;
using Xunit;

namespace DevDb.Tests.Unit;

/// <summary>Detection without a database: names read in their table's context, types, sampled values, and the masker suggested.</summary>
public class PersonalDataDetectionTests
{
    static IReadOnlyList<string> Words(string name) => NameTokens.Of(name, NameRules.Vocabulary);

    [Theory]
    [InlineData("ship_address1", "ship address 1")]
    [InlineData("ShipAddress1", "ship address 1")]
    [InlineData("NormalizedUserName", "normalized user name")]
    [InlineData("IPAddress", "ip address")]
    [InlineData("firstname", "first name")]
    [InlineData("pat_fname", "patient first name")]
    [InlineData("ph_no", "phone number")]
    [InlineData("zip_code", "postcode")]
    [InlineData("otp_backup_codes", "otp backup code")]
    [InlineData("last_sign_in_ipv4", "last sign in ip")]
    [InlineData("tickets_refundrequest", "ticket refund request")]
    [InlineData("AspNetUsers", "asp net user")]
    [InlineData("e_mail", "email")]
    public void Names_split_into_the_words_a_reader_sees(string name, string words) =>
        Assert.Equal(words, string.Join(' ', Words(name)));

    /// <summary>A model of one table, its columns typed as format_type writes them.</summary>
    static SamplingModel Model(string table, params (string Column, string Type)[] columns) => Model([(table, columns)]);

    static SamplingModel Model((string Table, (string Column, string Type)[] Columns)[] tables, params ForeignKey[] keys) =>
        new(tables.Select(t => new LocalTable(TableName.Parse(t.Table), t.Columns.Select(c => c.Column).ToList(), [t.Columns[0].Column], [],
                t.Columns.Select(c => c.Column).ToList(), t.Columns.Select(c => c.Type).ToList(), [])),
            keys, DevDbConfig.Empty);

    static List<PersonalColumn> Detect(SamplingModel model, Dictionary<string, List<object>>? values = null) =>
        PersonalData.Detect(model, TableContext.Of(model.Tables, model.Graph, NameRules.Vocabulary), t => values ?? []);

    static PersonalColumn? Finding(List<PersonalColumn> found, string column) => found.SingleOrDefault(f => f.Column.Column == column);

    [Fact]
    public void A_name_pattern_never_flags_keys_flags_counts_or_timestamps()
    {
        var found = Detect(Model("public.users", ("id", "bigint"), ("address_id", "integer"), ("login_id", "uuid"), ("email_verified", "boolean"),
            ("email_confirmed_at", "timestamp without time zone"), ("phone_count", "integer"), ("email_settings", "character varying[]"), ("email", "text")));
        Assert.Equal(["email"], found.Select(f => f.Column.Column));
    }

    [Fact]
    public void A_display_name_is_a_person_s_in_a_table_of_people_and_not_in_a_catalogue()
    {
        var model = Model([("public.users", [("id", "bigint"), ("display_name", "text")]), ("public.products", [("id", "bigint"), ("invoice_display_name", "text"), ("name", "text")]),
            ("public.plans", [("id", "bigint"), ("display_name", "text")])]);
        var found = Detect(model);
        Assert.Equal(["public.users.display_name"], found.Select(f => f.Column.ToString()));
        Assert.Equal("full_name", found[0].SuggestedMask);
    }

    [Fact]
    public void Framework_bookkeeping_is_never_flagged()
    {
        var found = Detect(Model([("public.schema_migrations", [("version", "character varying")]), ("public.__EFMigrationsHistory", [("MigrationId", "character varying(150)")])]),
            new() { ["version"] = ["20240101120000", "20240202093000", "20240315101500", "20240401000000", "20240505121212"] });
        Assert.Empty(found);
        Assert.True(FrameworkTables.Contains("alembic_version"));
        Assert.True(FrameworkTables.Contains("__efmigrationshistory"));
    }

    [Fact]
    public void Suggestions_fit_the_column_s_type()
    {
        var found = Detect(Model("public.members", ("id", "integer"), ("address", "inet"), ("allowed", "inet[]"), ("bcc_emails", "character varying(255)[]"),
            ("payload", "jsonb"), ("photo", "bytea"), ("home_lat", "numeric(9,6)"), ("birth_date", "date"), ("backup_codes", "text[]"), ("secrets", "jsonb")));
        Assert.Equal("ip", Finding(found, "address")!.SuggestedMask);
        Assert.Equal("{ each: ip }", Finding(found, "allowed")!.SuggestedMask);
        Assert.Equal("{ each: email }", Finding(found, "bcc_emails")!.SuggestedMask);
        Assert.Equal("null", Finding(found, "photo")!.SuggestedMask);
        Assert.Equal("{ date_shift: 180 }", Finding(found, "birth_date")!.SuggestedMask);
        Assert.Equal("{ each: hash }", Finding(found, "backup_codes")!.SuggestedMask);
        Assert.Equal("{ value: \"{}\" }", Finding(found, "secrets")!.SuggestedMask);
        Assert.Null(Finding(found, "payload")); // nothing in its name or values
    }

    [Fact]
    public void Values_decide_what_a_column_named_address_holds()
    {
        var found = Detect(Model("public.email_addresses", ("id", "integer"), ("address", "text"), ("contact", "text")),
            new() { ["address"] = ["olivia.martin87@gmail.com", "liam@x.org"], ["contact"] = ["Olivia Martin", "Liam Smith", "Emma Johnson"] });
        Assert.Equal(PersonalKind.Email, Finding(found, "address")!.Kind);
        Assert.Equal("email", Finding(found, "address")!.SuggestedMask);
        Assert.Equal(PersonalKind.FullName, Finding(found, "contact")!.Kind);
    }

    [Theory]
    [InlineData("customer", "email", "text", "email")]
    [InlineData("customer", "contact_email", "text", "email")]
    [InlineData("users", "first_name", "text", "first_name")]
    [InlineData("users", "surname", "text", "last_name")]
    [InlineData("staff", "name", "text", "full_name")]
    [InlineData("staff", "mobile", "text", "phone")]
    [InlineData("person", "date_of_birth", "date", "{ date_shift: 180 }")]
    [InlineData("login", "ip_address", "text", "ip")]
    [InlineData("user", "passport", "text", "digits")]
    [InlineData("payment", "card_number", "text", "digits")]
    [InlineData("users", "password_hash", "text", "{ value: \"masked\" }")]
    [InlineData("users", "api_key", "text", "{ value: \"masked\" }")]
    [InlineData("address", "postcode", "text", "postcode")]
    [InlineData("orders", "ship_name", "text", "full_name")]
    [InlineData("suppliers", "contact_name", "text", "full_name")]
    [InlineData("users", "pass_crypt", "text", "{ value: \"masked\" }")]
    [InlineData("users", "address2", "text", "street_address")]
    [InlineData("users", "tax_identification_number", "text", "digits")]
    [InlineData("users", "reset_password_token", "text", "{ value: \"masked\" }")]
    [InlineData("users", "unconfirmed_email", "text", "email")]
    [InlineData("users", "current_sign_in_ip", "inet", "ip")]
    [InlineData("identities", "uid", "text", "{ value: \"masked\" }")]
    [InlineData("api_keys", "key", "text", "{ value: \"masked\" }")]
    [InlineData("employees", "photo", "bytea", "null")]
    [InlineData("employees", "notes", "text", "lorem")]
    [InlineData("bans", "reason", "text", "lorem")]
    public void Names_that_look_personal_are_flagged_with_a_suggested_mask(string table, string column, string type, string mask)
    {
        var model = table == "users" ? Model("public.users", ("id", "bigint"), (column, type))
            : Model([("public.users", [("id", "bigint")]), ("public." + table, [("id", "bigint"), ("user_id", "bigint"), (column, type)])]);
        Assert.Equal(mask, Finding(Detect(model).Where(f => f.Column.Table.Name == table).ToList(), column)?.SuggestedMask);
    }

    [Theory]
    [InlineData("product", "name")]
    [InlineData("shipment", "shipped_at")]
    [InlineData("orders", "description")]
    [InlineData("orders", "zipper_size_mm")]
    [InlineData("servers", "mac_address")]
    [InlineData("users", "email_digest")]
    [InlineData("users", "host_name")]
    public void Ordinary_names_are_not(string table, string column) =>
        Assert.Empty(Detect(Model("public." + table, ("id", "bigint"), (column, "text"))));

    static PersonalKind? Looks(params string[] values) => ValueRules.Classify(ColumnType.Parse("text"), values)?.Kind;

    [Fact]
    public void Values_give_away_what_names_hide()
    {
        Assert.Equal(PersonalKind.Email, Looks("a@b.com", "c.d@e.org", "x"));
        Assert.Equal(PersonalKind.IpAddress, Looks("10.1.2.3", "192.168.0.1"));
        Assert.Equal(PersonalKind.IpAddress, Looks("2001:db8::1", "fe80::1"));
        Assert.Equal(PersonalKind.PaymentDetails, Looks("4111 1111 1111 1111", "5555-5555-5555-4444"));
        Assert.Equal(PersonalKind.Phone, Looks("+44 20 7946 0123", "(555) 123-4567"));
        Assert.Equal(PersonalKind.StreetAddress, Looks("742 Evergreen Terrace", "12 Rue de la Paix", "Keizersgracht 123"));
        Assert.Equal(PersonalKind.Secret, Looks("$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW", "pbkdf2_sha256$600000$abc$def"));
        Assert.Null(Looks("4111 1111 1111 1112"));   // fails the Luhn check
        Assert.Null(Looks("red", "green", "blue@"));
        Assert.Null(Looks("Pro plan", "Starter", "Enterprise annual"));
        Assert.Null(ValueRules.Classify(ColumnType.Parse("text"), []));
    }

    [Fact]
    public void Photos_are_found_by_their_bytes_in_tables_about_people_only()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0];
        var model = Model([("public.employees", [("id", "bigint"), ("blob", "bytea")]), ("public.products", [("id", "bigint"), ("blob", "bytea")])]);
        var found = Detect(model, new() { ["blob"] = [jpeg, png, jpeg] });
        Assert.Equal(["public.employees.blob"], found.Select(f => f.Column.ToString()));
        Assert.Equal(PersonalKind.Photo, found[0].Kind);
    }

    [Fact]
    public void Timestamps_dates_and_decimals_are_not_phone_numbers()
    {
        Assert.False(ValueRules.IsPhone("20240101120000"));
        Assert.False(ValueRules.IsPhone("2024-01-01"));
        Assert.False(ValueRules.IsPhone("1234567.89"));
        Assert.False(ValueRules.IsPhone("4815162342"));
        Assert.True(ValueRules.IsPhone("+1 (415) 555-0132"));
        Assert.True(ValueRules.IsPhone("0612345678"));
        Assert.True(ValueRules.IsPhone("020 7946 0958 ext. 12"));
    }

    [Fact]
    public void An_email_inside_a_serialized_job_in_JSON_is_found()
    {
        const string payload = """{"uuid":"0fa5","displayName":"App\\Mail\\OrderShipped","job":"Illuminate\\Queue\\CallQueuedHandler@call","data":{"command":"O:34:\"Illuminate\\Mail\\SendQueuedMailable\":3:{s:2:\"to\";a:1:{i:0;a:2:{s:4:\"name\";s:14:\"Emily Thompson\";s:7:\"address\";s:26:\"emily.thompson@comcast.net\";}}}"}}""";
        Assert.Equal(PersonalKind.Email, ValueRules.PersonalInJson(payload));
        Assert.Null(ValueRules.PersonalInJson("""{"theme": "dark", "email_digest": "weekly", "compact_cards": false}"""));
        Assert.Equal(PersonalKind.FullName, ValueRules.PersonalInJson("""[{"changed": {"name": "attendee", "object": "Emma Clark"}}]"""));
    }
}
