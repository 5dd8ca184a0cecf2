namespace DevDb.Masking;

/// <summary>What a name rule needs of its table besides the column's name.</summary>
[Flags]
public enum NameContext
{
    None = 0,
    /// <summary>A table of people: users.name is a person's, products.name is not.</summary>
    PersonTable = 1,
    /// <summary>Anything but a catalogue of things or a place: display_name is not a person's in products.</summary>
    NotThing = 2,
    /// <summary>A table of people or of rows about one, not of places: coordinates, photos.</summary>
    ConcernsPerson = 4,
    /// <summary>A table of keys, tokens or credentials: api_keys.key, secrets.value.</summary>
    HoldsSecrets = 8,
    /// <summary>A table of mail or email addresses: email_addresses.address.</summary>
    Mail = 16,
    /// <summary>A table of messages: email_logs.to.</summary>
    Message = 32,
    /// <summary>Moderation, human resources or health: notes there are about a person.</summary>
    SensitiveTopic = 64,
    /// <summary>Sign-in through another provider: identities.uid.</summary>
    Authentication = 128,
    /// <summary>A table of sessions, whose text key is the session's secret: sessions.id, session.sid.</summary>
    Session = 256,
}

/// <summary>
/// A column name's phrase and the kind of data it names, or none (<see cref="Kind"/> null: a phrase that
/// looks personal and is not, such as mac_address or host_name). A phrase matches the words a column's
/// name ends with, so email_settings (settings) and address_id (a key) match nothing, while
/// ship_address_1 and NormalizedEmail do; <c>{role}</c> stands for any word for a person's role.
/// </summary>
public sealed record NameRule(PersonalKind? Kind, string[] Phrase, NameContext Needs = NameContext.None, bool Whole = false)
{
    public int Length => Phrase.Length;
}

/// <summary>The rules for kinds of personal data by a column's name, and how a name is read against them.</summary>
public static class NameRules
{
    /// <summary>Words for the people a name can belong to: contact_name, ship_to_name, owner_name.</summary>
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>
    {
        "contact", "ship", "shipping", "bill", "billing", "recipient", "customer", "client", "owner", "holder", "cardholder",
        "author", "attendee", "guest", "patient", "employee", "member", "applicant", "student", "passenger", "parent", "guardian",
        "spouse", "kin", "beneficiary", "signatory", "signer", "witness", "doctor", "physician", "gp", "practitioner", "nurse",
        "manager", "supervisor", "approver", "sender", "reviewer", "rep", "buyer", "seller", "user", "person", "traveller",
        "traveler", "visitor", "caller", "requester", "reporter", "assignee", "uploader", "speaker", "organizer", "organiser",
        "referrer", "referee", "sponsor", "candidate", "volunteer", "donor", "player", "teacher", "instructor", "coach",
        "trainer", "mother", "father", "dependent", "dependant", "relative", "emergency", "actor", "invitee", "inviter", "partner",
        "agent", "consignee", "addressee", "rider", "courier", "claimant", "insured", "policyholder", "subscriber", "participant", "mentor", "tutor",
    };

    /// <summary>Roles that name a person on their own: orders.customer, notes.author, leases.guarantor.</summary>
    static readonly string[] LoneRoles = ["contact", "recipient", "customer", "author", "signatory", "attention", "assignee", "guardian", "spouse", "beneficiary", "kin", "addressee", "consignee", "claimant", "policyholder",
        "clinician", "doctor", "physician", "consultant", "practitioner", "therapist", "nurse", "gp", "surgeon", "dentist", "midwife", "carer", "caregiver"];

    static NameRule R(PersonalKind? kind, string phrase, NameContext needs = NameContext.None, bool whole = false) => new(kind, phrase.Split(' '), needs, whole);

    static IEnumerable<NameRule> Each(PersonalKind? kind, NameContext needs, params string[] phrases) => phrases.Select(p => R(kind, p, needs));

    public static readonly IReadOnlyList<NameRule> All =
    [
        // Phrases that look personal and are not: the longer phrase wins over "address" or "name".
        ..Each(null, NameContext.None, "mac address", "web address", "url address", "wallet address", "server address", "host address",
            "contract address", "bitcoin address", "node address", "bind address", "listen address", "proxy address", "network address",
            "host name", "file name", "domain name", "bank name", "company name", "business name", "product name", "plan name",
            "brand name", "app name", "key name", "queue name", "job name", "table name", "column name", "class name", "model name",
            "event name", "campaign name", "list name", "template name", "city name", "country name", "state name", "region name",
            "venue name", "site name", "store name", "shop name", "team name", "project name", "group name", "role name",
            "organization name", "organisation name", "account name", "workspace name", "tenant name", "device name", "browser name",
            "user agent", "first seen", "last seen", "name prefix", "name suffix", "token type", "key type", "key prefix", "key id",
            "phone country", "phone country code", "email domain", "email template", "email subject", "password policy",
            "secret question", "token hint", "display order", "public key", "key fingerprint", "legal entity", "queue",
            "original name", "database name", "schema name", "service name", "provider name", "carrier name", "method name",
            "practice name", "hospital name", "clinic name", "school name", "employer name", "insurer name", "pharmacy name", "organisation", "org"),

        // Mail before street addresses: email_addresses.address and email_logs.to hold emails.
        ..Each(PersonalKind.Email, NameContext.None, "email", "mail", "email address", "mail address", "unconfirmed email", "new email", "emailed to", "mailed to", "email to"),
        ..Each(PersonalKind.Email, NameContext.Mail, "address", "value"),
        ..Each(PersonalKind.Email, NameContext.Message, "to", "cc", "bcc", "from", "reply to", "to address", "from address", "recipient address"),

        ..Each(PersonalKind.Username, NameContext.None, "user name", "login", "login name", "user login", "handle", "screen name", "user handle", "principal name", "principal"),
        ..Each(PersonalKind.Username, NameContext.NotThing, "nick name", "nick"),
        ..Each(PersonalKind.FirstName, NameContext.None, "first name", "given name", "forename", "name first", "middle name", "christian name"),
        ..Each(PersonalKind.LastName, NameContext.None, "last name", "family name", "surname", "maiden name", "name last", "second surname"),
        R(PersonalKind.FullName, "{role} name"), R(PersonalKind.FullName, "{role} full name"),
        ..Each(PersonalKind.FullName, NameContext.None, "contact person", "emergency contact", "next of kin", "care of", "attention", "attn",
            "preferred name", "real name", "legal first name", "signatory", "bill to", "ship to", "sold to", "cardholder", "card holder", "account holder",
            "bank account name", "account holder name", "legal name"),
        ..LoneRoles.Select(role => R(PersonalKind.FullName, role)),
        ..Each(PersonalKind.FullName, NameContext.NotThing, "full name", "display name", "public name"),
        // "name" alone, not company_name or gp_practice_name
        R(PersonalKind.FullName, "name", NameContext.PersonTable, whole: true),

        ..Each(PersonalKind.Phone, NameContext.None, "phone", "phone number", "mobile", "mobile number", "cell", "cell phone", "fax",
            "fax number", "msisdn", "contact number", "sms number", "whatsapp", "whatsapp number", "pager"),

        ..Each(PersonalKind.StreetAddress, NameContext.None, "address", "address line", "street", "street address", "street name", "street line",
            "house number", "house name", "street number", "apartment", "apt", "po box", "address street", "residence", "address detail", "address 2"),
        ..Each(PersonalKind.Postcode, NameContext.None, "postcode", "postal", "eircode", "postcode code"),
        ..Each(PersonalKind.BirthDate, NameContext.None, "birth date", "birth", "born on", "born", "date birth", "date of birth"),

        ..Each(PersonalKind.IdentityNumber, NameContext.None, "ssn", "social security number", "social security", "sin", "nin",
            "national insurance number", "national insurance", "ni number", "national id", "national identifier", "national number",
            "national identity number", "nhs number", "nhs", "mrn", "medical record number", "medical record", "patient number",
            "health card number", "health insurance number", "insurance number", "member number", "policy number", "ins number",
            "passport", "passport number", "driver license", "drivers license", "driver licence", "driving licence", "driving license",
            "license number", "licence number", "tax id", "tax number", "tax identification number", "tax identifier", "tin", "taxpayer id",
            "vat", "vat number", "vat id", "personal number", "id number", "identity number", "identity card", "id card number",
            "bsn", "cpf", "nif", "personnummer", "voter id", "citizen id", "residence permit", "visa number", "social insurance number",
            "medicare number", "medicaid number", "subscriber number", "registration number", "professional registration number",
            "gmc number", "nmc number", "npi", "npi number", "dea number", "bar number", "licence", "license"),
        ..Each(PersonalKind.PaymentDetails, NameContext.None, "iban", "account number", "bank account", "bank account number", "sort code",
            "routing number", "aba number", "card number", "credit card", "credit card number", "cc number", "pan", "cvv", "cvc",
            "card fingerprint", "card verification", "bank detail", "payout account"),
        R(PersonalKind.PaymentDetails, "fingerprint", NameContext.ConcernsPerson),
        ..Each(PersonalKind.IdentityNumber, NameContext.ConcernsPerson, "document number", "id document number"),

        ..Each(PersonalKind.IpAddress, NameContext.None, "ip", "ip address", "remote ip", "remote address", "client ip", "client address",
            "forwarded for", "origin ip", "source ip", "user ip"),

        ..Each(PersonalKind.Secret, NameContext.None, "password", "pass", "pass crypt", "crypted password", "passphrase", "pass code",
            "pin", "pin code", "salt", "secret", "token", "api key", "access key", "private key", "secret key", "hmac key", "signing key",
            "encryption key", "auth key", "session key", "master key", "ssh key", "credential", "session data", "otp", "backup code",
            "recovery code", "security stamp", "security answer", "secret answer", "auth uid", "provider uid", "oauth uid", "external uid",
            "provider key", "password digest", "token digest", "openid", "jwt", "bearer", "seed phrase", "mnemonic", "signing secret", "webhook secret",
            "session", "session id", "provider user id", "provider account id", "oauth id", "google id", "facebook id", "github id",
            "apple id", "twitter id", "microsoft id", "sso id",
            "access code", "door code", "gate code", "alarm code", "entry code", "safe code", "key safe code", "lockbox code", "security code", "pin number"),
        ..Each(PersonalKind.Secret, NameContext.HoldsSecrets, "key", "value", "hash", "digest", "data", "ciphertext", "encrypted value", "code",
            "payload", "content", "body", "blob", "xml", "json", "material", "pem", "secret", "token", "byte", "attribute byte", "serialized", "object"),
        R(PersonalKind.Secret, "id", NameContext.Session, whole: true), R(PersonalKind.Secret, "sid", NameContext.Session, whole: true),
        ..Each(PersonalKind.Secret, NameContext.Session, "sess", "data", "payload", "session id"),
        R(PersonalKind.Secret, "uid", NameContext.Authentication),

        ..Each(PersonalKind.Photo, NameContext.None, "avatar", "portrait", "headshot", "selfie", "mugshot", "face", "signature", "profile image",
            "profile picture", "passport scan", "id scan", "photo id", "signature image", "signature photo", "signature file", "signature scan",
            "face image", "id image", "passport image", "passport photo", "licence image", "license image"),
        ..Each(PersonalKind.Photo, NameContext.ConcernsPerson, "photo", "photograph", "picture", "image", "thumbnail", "scan"),

        ..Each(PersonalKind.Location, NameContext.None, "home latitude", "home longitude", "home location"),
        ..Each(PersonalKind.Location, NameContext.ConcernsPerson, "polyline", "route polyline", "gps trace", "location trace", "route trace", "breadcrumb", "geojson"),
        ..Each(PersonalKind.Location, NameContext.ConcernsPerson, "latitude", "longitude", "coordinate", "geo latitude", "geo longitude"),

        ..Each(PersonalKind.AboutPerson, NameContext.ConcernsPerson, "diagnosis", "symptom", "allergy", "medication", "prescription",
            "treatment", "medical history", "chief complaint", "complaint", "clinical note", "impression", "finding", "dietary requirement",
            "dietary", "diet", "accessibility need", "accessibility requirement", "access need", "access requirement", "disability",
            "medical condition", "health condition", "special need", "medical note", "health note", "bio", "biography",
            "allergen", "reaction", "side effect", "adverse event", "contraindication", "dosage instruction", "clinical summary",
            "note", "remark", "comment", "memo"),
        ..Each(PersonalKind.AboutPerson, NameContext.ConcernsPerson | NameContext.SensitiveTopic, "history", "instruction", "observation",
            "assessment", "summary", "detail", "description", "outcome", "feedback", "narrative", "message", "strength", "weakness",
            "improvement", "goal", "objective", "achievement", "concern", "explanation", "statement", "response", "reason"),

        ..Each(PersonalKind.Website, NameContext.PersonTable, "website", "homepage", "home page", "web site", "personal website", "blog", "profile url", "personal url"),
    ];

    /// <summary>Every word the rules use: glued names (firstname, homephone) are split into them.</summary>
    public static readonly IReadOnlySet<string> Vocabulary = All.SelectMany(r => r.Phrase).Where(w => w != "{role}")
        .Concat(Roles).Concat(NameTokens.Abbreviated).Concat(TableContext.AllWords)
        .Concat(["id", "code", "number", "date", "home", "work", "office", "verified", "count", "type", "status", "at", "hash", "digest", "encrypted", "of", "box",
            "request", "device", "attempt", "entry", "log", "set", "change", "event", "access", "confirmation"])
        .Where(w => w.Length >= 2).ToHashSet();

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> WordCache = new();

    /// <summary>An identifier's words against the rules' vocabulary, read once per identifier (JSON keys repeat in every row).</summary>
    public static IReadOnlyList<string> WordsOf(string identifier) => WordCache.GetOrAdd(identifier, i => NameTokens.Of(i, Vocabulary));

    /// <summary>Trailing words that leave the data what it was: email_hash, phone_encrypted, password_digest, address_1.</summary>
    static readonly HashSet<string> Transparent = ["encrypted", "enc", "cipher", "ciphertext", "hash", "hashed", "bidx", "normalized", "normalised", "canonical", "lower", "lowercase", "downcased", "raw", "plain", "formatted", "primary", "secondary", "alt", "alternate", "other", "old", "previous", "current", "new", "last", "value"];

    /// <summary>The rule that best names a column (the longest phrase its name ends with), given its table, or null.</summary>
    public static NameRule? Match(IReadOnlyList<string> words, TableContext table)
    {
        var core = Core(words);
        NameRule? best = null;
        foreach (var candidate in new[] { core, words }.Distinct())
            foreach (var rule in All)
                if ((best is null || rule.Length > best.Length) && (rule.Whole ? candidate.SequenceEqual(rule.Phrase) : EndsWith(candidate, rule.Phrase)) && Allows(rule.Needs, table))
                    best = rule;
        return best;
    }

    /// <summary>A name's words without the trailing digits and the words that do not change what it holds.</summary>
    static IReadOnlyList<string> Core(IReadOnlyList<string> words)
    {
        var end = words.Count;
        while (end > 1 && (words[end - 1].All(char.IsDigit) || Transparent.Contains(words[end - 1]))) end--;
        return words.Take(end).ToList();
    }

    static bool EndsWith(IReadOnlyList<string> words, string[] phrase)
    {
        if (phrase.Length > words.Count) return false;
        var offset = words.Count - phrase.Length;
        for (var i = 0; i < phrase.Length; i++)
            if (phrase[i] == "{role}" ? !Roles.Contains(words[offset + i]) : phrase[i] != words[offset + i]) return false;
        return true;
    }

    static bool Allows(NameContext needs, TableContext table)
    {
        if (needs.HasFlag(NameContext.PersonTable) && !table.IsPerson) return false;
        if (needs.HasFlag(NameContext.NotThing) && (table.IsThing || table.IsPlace) && !table.IsPerson) return false;
        if (needs.HasFlag(NameContext.ConcernsPerson) && !table.ConcernsPerson) return false;
        if (needs.HasFlag(NameContext.HoldsSecrets) && !table.HoldsSecrets) return false;
        if (needs.HasFlag(NameContext.Mail) && !table.IsMail) return false;
        if (needs.HasFlag(NameContext.Message) && !table.IsMessage) return false;
        if (needs.HasFlag(NameContext.Authentication) && !table.IsAuthentication) return false;
        if (needs.HasFlag(NameContext.Session) && !table.IsSession) return false;
        if (needs.HasFlag(NameContext.SensitiveTopic) && !table.IsSensitiveTopic) return false;
        return true;
    }
}
