using DevDb.Common;
using DevDb.Graph;

namespace DevDb.Masking;

/// <summary>
/// What a table is about, read from its name, its schema's name and its references: a table of people
/// (users, patients, employees), rows about a person (a table that references one), a catalogue of
/// things (products, plans, charges) or places (offices, venues), a store of secrets (api_keys), mail,
/// or a framework's bookkeeping (schema_migrations). Detection weighs a column's name by it: a
/// <c>display_name</c> is a person's in <c>users</c> and not in <c>products</c>.
/// </summary>
public sealed record TableContext(TableName Table, IReadOnlyList<string> Words)
{
    /// <summary>The word the table's name ends with: what each row is (auth_user: user).</summary>
    public string Head => Words.Count > 0 ? Words[^1] : "";

    public bool IsFramework { get; init; }
    public bool IsPerson { get; init; }
    public bool IsAboutPerson { get; init; }
    public bool IsThing { get; init; }
    public bool IsPlace { get; init; }
    public bool HoldsSecrets { get; init; }
    public bool IsAuthentication { get; init; }
    public bool IsMail { get; init; }
    public bool IsMessage { get; init; }
    public bool IsSensitiveTopic { get; init; }
    public bool IsSession { get; init; }

    /// <summary>A person's table, or rows about one (through at most two references), and not a place, unless
    /// the place is a person's (saved_places of a rider).</summary>
    public bool ConcernsPerson => IsPerson || (IsAboutPerson && (!IsPlace || IsOwnedPlace));

    /// <summary>A table of places that references a person directly: a rider's saved places, not a company's offices.</summary>
    public bool IsOwnedPlace { get; init; }

    public static IReadOnlyDictionary<TableName, TableContext> Of(IReadOnlyDictionary<TableName, LocalTable> tables, ForeignKeyGraph graph, IReadOnlySet<string> vocabulary)
    {
        var named = tables.Keys.ToDictionary(t => t, t =>
        {
            var words = NameTokens.Of(t.Name, vocabulary);
            var schemaWords = t.Schema == "public" ? [] : NameTokens.Of(t.Schema, vocabulary);
            var all = words.Concat(schemaWords).ToHashSet();
            var head = words.Count > 0 ? words[^1] : "";
            var mail = words.Any(w => w is "email" or "mail" or "mailing" or "newsletter");
            return new TableContext(t, words)
            {
                IsFramework = FrameworkTables.Contains(t.Name),
                IsPerson = PersonWords.Contains(head) || (PersonDetailWords.Contains(head) && words.Any(PersonWords.Contains)),
                IsThing = ThingWords.Contains(head),
                IsPlace = PlaceWords.Contains(head),
                HoldsSecrets = words.Any(SecretWords.Contains) && !words.Any(w => w is "idempotency" or "cache" or "lock" or "sort" or "partition" or "index"),
                IsSession = head == "session",
                IsAuthentication = words.Any(w => w is "identity" or "authentication" or "oauth" or "omniauth" or "social" or "sso" or "login" or "provider" or "external" or "federated"),
                IsMail = mail,
                IsMessage = mail || words.Any(w => w is "message" or "notification" or "delivery" or "outbox" or "letter" or "invite" or "invitation" or "sms"),
                // feature flags are settings, not moderation flags
                IsSensitiveTopic = all.Any(SensitiveTopics.Contains) && !words.Contains("feature"),
            };
        });
        var people = named.Values.Where(c => c.IsPerson).Select(c => c.Table).ToHashSet();
        // Rows about a person: a foreign key to a table of people, or a column that names one (user_id,
        // PatientId) where the schema declares no foreign keys, as Rails apps often do not.
        var about = named.Keys.Where(t => t is var table && (graph.ForeignKeys.Any(fk => fk.Child == table && fk.Parent != table && people.Contains(fk.Parent))
            || tables[table].AllColumns.Any(c => NameRules.WordsOf(c) is [.., var who, "id"] && PersonWords.Contains(who)))).ToHashSet();
        // and rows about those: a refund of a person's order, a line of a person's invoice
        var direct = about.ToHashSet();
        var secondHand = named.Keys.Where(t => !about.Contains(t) && graph.ForeignKeys.Any(fk => fk.Child == t && fk.Parent != t && about.Contains(fk.Parent))).ToList();
        about.UnionWith(secondHand);
        return named.ToDictionary(n => n.Key, n =>
        {
            var context = n.Value;
            var linked = about.Contains(n.Key);
            // An address or a profile of a person is a table of people too: its name is the recipient's.
            var person = context.IsPerson || (linked && PersonDetailWords.Contains(context.Head));
            return context with { IsPerson = person, IsAboutPerson = linked, IsOwnedPlace = context.IsPlace && direct.Contains(n.Key) && !context.Words.Any(OrganisationWords.Contains) };
        });
    }

    /// <summary>Every word the table lists hold, so that names glued together (refundrequest, totpdevice) split into them.</summary>
    public static IEnumerable<string> AllWords => PersonWords.Concat(PersonDetailWords).Concat(ThingWords).Concat(PlaceWords).Concat(SensitiveTopics).Concat(SecretWords);

    /// <summary>Places of organisations, which stay theirs even when a person is named on them.</summary>
    static readonly HashSet<string> OrganisationWords = ["office", "venue", "store", "shop", "warehouse", "branch", "site", "supplier", "vendor", "company", "organization", "organisation", "business", "clinic", "hospital", "practice", "employer", "merchant", "tenant", "bank", "station", "depot"];

    static readonly HashSet<string> SecretWords =
    [
        "key", "secret", "token", "credential", "password", "keychain", "vault", "session", "confirmation", "verification", "invite",
        "invitation", "reset", "activation", "recovery", "gift", "otp", "totp", "mfa", "factor", "webauthn", "authtoken", "passkey",
    ];

    /// <summary>What a table of people holds rows of.</summary>
    public static readonly IReadOnlySet<string> PersonWords = new HashSet<string>
    {
        "user", "customer", "person", "staff", "employee", "member", "contact", "author", "patient", "profile", "applicant",
        "student", "driver", "guest", "subscriber", "attendee", "participant", "recipient", "passenger", "traveller", "traveler",
        "candidate", "volunteer", "donor", "prospect", "player", "learner", "teacher", "instructor", "doctor", "practitioner",
        "physician", "nurse", "dependent", "dependant", "kin", "beneficiary", "guardian", "spouse", "buyer", "seller", "worker",
        "freelancer", "admin", "administrator", "moderator", "speaker", "visitor", "resident", "citizen", "voter", "borrower",
        "investor", "shareholder", "signatory", "relative", "parent", "holder", "cardholder", "identity", "invitee", "colleague",
        "individual", "client", "lead", "caregiver", "rider", "courier", "shopper", "renter", "homeowner", "landlord", "clinician", "therapist", "surgeon", "dentist", "tutor", "trainee",
        "employe", "personnel", "people", "owner", "organizer", "organiser", "host", "attendant", "agent", "reviewer", "respondent",
    };

    /// <summary>Table heads that hold a person's details when they belong to one: customer_addresses, user_profiles.</summary>
    static readonly HashSet<string> PersonDetailWords = ["address", "profile", "contact", "detail", "info", "identity", "email", "phone", "emergency", "kin", "login"];

    /// <summary>What a catalogue of things holds rows of: their names and descriptions are not a person's.</summary>
    static readonly HashSet<string> ThingWords =
    [
        "product", "item", "variant", "plan", "price", "charge", "sku", "category", "catalog", "catalogue", "inventory", "setting",
        "config", "configuration", "feature", "permission", "role", "group", "job", "queue", "tag", "coupon", "discount", "promotion",
        "tax", "currency", "language", "locale", "template", "badge", "level", "tier", "package", "bundle", "collection", "board",
        "list", "card", "task", "topic", "forum", "channel", "page", "article", "file", "blob", "attachment", "media", "asset",
        "report", "metric", "webhook", "endpoint", "application", "app", "integration", "service", "device", "course", "training",
        "benefit", "department", "position", "title", "ticket", "fare", "route", "workspace", "project", "team", "organization",
        "organisation", "company", "tenant", "brand", "event", "type", "kind", "status", "line", "rate", "invoice", "subscription",
        "order", "payment", "refund", "shipment", "cart", "wishlist", "gift", "voucher", "code", "key", "token", "secret",
        "credential", "migration", "version", "history", "log", "audit", "metadata", "option", "preference", "variable", "flag",
        "counter", "statistic", "usage", "record", "note", "comment", "post", "message", "thread", "reply", "review", "rating",
        "registration", "booking", "reservation", "appointment", "encounter", "visit", "diagnosis", "prescription", "result",
        "insurance", "policy", "ledger", "account", "transaction", "timesheet", "payslip", "payroll", "claim", "document",
        "certificate", "license", "licence", "run", "batch", "schedule", "shift", "period", "cycle", "run", "room", "site",
    ];

    /// <summary>What a table of places holds rows of: their addresses and coordinates are not a person's.</summary>
    static readonly HashSet<string> PlaceWords =
    [
        "office", "venue", "site", "store", "shop", "warehouse", "branch", "location", "place", "supplier", "vendor", "shipper",
        "carrier", "merchant", "bank", "hospital", "clinic", "practice", "school", "hotel", "restaurant", "facility", "building",
        "room", "depot", "pharmacy", "laboratory", "lab", "insurer", "provider", "region", "country", "city", "state", "zone",
        "area", "station", "airport", "property", "premise", "campus", "agency", "club", "partner", "organization", "organisation",
        "company", "business", "employer", "tenant",
    ];

    /// <summary>Whether a word names a topic whose free text is about a person (a column's own words may: TerminationReason).</summary>
    public static bool IsSensitiveTopicWord(string word) => SensitiveTopics.Contains(word);

    /// <summary>Topics whose free text is about a person: moderation, human resources, health.</summary>
    static readonly HashSet<string> SensitiveTopics =
    [
        "ban", "moderation", "moderator", "report", "flag", "warning", "suspension", "complaint", "incident", "disciplinary",
        "grievance", "review", "appraisal", "evaluation", "leave", "absence", "sickness", "termination", "medical", "clinical",
        "clinic", "patient", "encounter", "appointment", "visit", "consultation", "diagnosis", "prescription", "referral",
        "allergy", "lab", "vaccination", "immunization", "immunisation", "treatment", "therapy", "health", "note", "screening",
        "hr", "case", "assessment", "injury", "medication", "symptom", "condition", "emergency", "performance", "feedback",
        "refund", "return", "cancellation", "dispute", "chargeback", "support", "inquiry", "enquiry", "survey", "disability",
        "dismissal", "resignation", "exit", "warning", "probation", "sick", "injury", "block", "blocked", "deactivation", "deactivated",
        "suspended", "banned", "fraud", "abuse", "safety",
    ];
}

/// <summary>
/// Tables that frameworks and migration tools keep for themselves. They hold no personal data, are never
/// flagged, and are copied whole by default: an app that finds its migrations table empty refuses to start.
/// </summary>
public static class FrameworkTables
{
    static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "schema_migrations", "ar_internal_metadata",                         // Rails (and golang-migrate, dbmate)
        "django_migrations",                                                 // Django
        "flyway_schema_history", "schema_version",                           // Flyway
        "__EFMigrationsHistory",                                             // Entity Framework Core
        "knex_migrations", "knex_migrations_lock",                           // knex
        "goose_db_version",                                                  // goose
        "alembic_version",                                                   // Alembic
        "databasechangelog", "databasechangeloglock",                        // Liquibase
        "migrations",                                                        // Laravel, TypeORM
        "SequelizeMeta", "sequelize_meta",                                   // Sequelize
        "_prisma_migrations",                                                // Prisma
        "doctrine_migration_versions", "migration_versions",                 // Doctrine
        "phinxlog",                                                          // Phinx
        "__diesel_schema_migrations",                                        // Diesel
        "refinery_schema_history",                                           // Refinery
        "_sqlx_migrations",                                                  // SQLx
        "atlas_schema_revisions",                                            // Atlas
        "gorp_migrations",                                                   // sql-migrate
        "schema_info",                                                       // Sequel
        "pgmigrations",                                                      // node-pg-migrate
        "typeorm_metadata", "mikro_orm_migrations",                          // TypeORM, MikroORM
    };

    public static bool Contains(string tableName) => Names.Contains(tableName);
}
