using System.Globalization;
using System.Text.RegularExpressions;

namespace DevDb.Masking;

/// <summary>What a sample of a column's values showed: the kind, how many of the values showed it, and in what words.</summary>
public sealed record ValueFinding(PersonalKind Kind, string What, int Matching, int Sampled, bool InJson = false)
{
    /// <summary>Kinds whose look leaves no doubt: an email, an IP address, a card number that passes the Luhn check, a password hash.</summary>
    public bool IsCertain => Kind is PersonalKind.Email or PersonalKind.IpAddress or PersonalKind.PaymentDetails or PersonalKind.Secret or PersonalKind.Photo;

    public string Describe() => $"{What} ({Matching.ToString(CultureInfo.InvariantCulture)} of {Sampled.ToString(CultureInfo.InvariantCulture)} sampled)";
}

/// <summary>
/// Recognises personal data by its look, in a sample of a column's values: emails, IP addresses, card
/// numbers, phone numbers, password hashes and API keys, street addresses (a number and a street word
/// from Bogus's data), people's names (words from Bogus's lists of first and last names), and inside
/// arrays and JSON; photos and scans by their bytes. Look-alikes are refused: a 14-digit timestamp, a
/// date or a decimal number is not a phone number.
/// </summary>
public static partial class ValueRules
{
    /// <summary>What the sampled values of a column of this type look like, or null. Values are strings (text, JSON), string arrays, or bytes.</summary>
    public static ValueFinding? Classify(ColumnType type, IReadOnlyList<object> values)
    {
        if (values.Count == 0) return null;
        if (type.Kind == TypeKind.Bytea) return Bytes(values.OfType<byte[]>().ToList());
        if (type.Kind == TypeKind.Json) return Json(values.Select(v => v.ToString() ?? "").ToList());
        if (type.IsArray)
        {
            var elements = values.OfType<string[]>().SelectMany(a => a).Where(e => !string.IsNullOrWhiteSpace(e)).ToList();
            return elements.Count == 0 ? null : Texts(elements, inArray: true);
        }
        var texts = values.Select(v => v.ToString() ?? "").Where(v => v.Length > 0).ToList();
        // JSON kept in a text column (Django's change_message, Laravel's job payloads) is read as JSON
        if (texts.Count(LooksLikeJson) * 2 > texts.Count) return Json(texts);
        return Texts(texts, inArray: false);
    }

    static bool LooksLikeJson(string value) => value.Length >= 2 && value[0] is '{' or '[' && value.Contains('"');

    /// <summary>Free text: most values are sentences of several words, not codes, names or single words.</summary>
    public static bool IsProse(IReadOnlyList<object> values)
    {
        var texts = values.OfType<string>().Where(v => v.Length > 0).ToList();
        return texts.Count > 0 && texts.Count(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 && !LooksLikeJson(v)) * 2 > texts.Count;
    }

    static ValueFinding? Texts(IReadOnlyList<string> values, bool inArray)
    {
        if (values.Count == 0) return null;
        var prefix = inArray ? "arrays of " : "";
        ValueFinding? Most(PersonalKind kind, string what, Func<string, bool> test, double share = 0.5)
        {
            var matching = values.Count(test);
            return matching > 0 && matching >= share * values.Count && matching * 2 > values.Count ? new ValueFinding(kind, prefix + what, matching, values.Count) : null;
        }
        return Most(PersonalKind.Email, "email addresses", IsEmail)
            ?? Most(PersonalKind.Secret, "password hashes or API keys", IsSecret)
            ?? Most(PersonalKind.IpAddress, "IP addresses", IsIp)
            ?? Most(PersonalKind.PaymentDetails, "card numbers", IsCardNumber)
            ?? Most(PersonalKind.Phone, "phone numbers", IsPhone)
            ?? Most(PersonalKind.StreetAddress, "street addresses", IsStreetAddress)
            ?? Most(PersonalKind.FullName, "people's names", IsFullName)
            ?? (values.Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 5
                ? Most(PersonalKind.FirstName, "first names", v => IsOneWord(v, NameLists.FirstNames), 0.8)
                  ?? Most(PersonalKind.LastName, "last names", v => IsOneWord(v, NameLists.LastNames), 0.8)
                : null)
            ?? (inArray ? null : AtLeast(values, PersonalKind.AboutPerson, "text that holds email addresses", v => EmailInText().IsMatch(v), 0.2));
    }

    static ValueFinding? AtLeast(IReadOnlyList<string> values, PersonalKind kind, string what, Func<string, bool> test, double share)
    {
        var matching = values.Count(test);
        return matching > 0 && matching >= share * values.Count ? new ValueFinding(kind, what, matching, values.Count) : null;
    }

    /// <summary>
    /// JSON whose strings look personal, or whose keys name personal data (first_name, street) over a value
    /// that could be it: the kind most rows show. Payloads often carry a person only in some events, so
    /// two sampled rows that hold such data flag the column (one, of a sample under twenty).
    /// </summary>
    static ValueFinding? Json(IReadOnlyList<string> documents)
    {
        var kinds = new Dictionary<PersonalKind, int>();
        var rows = 0;
        foreach (var document in documents)
        {
            var found = PersonalInJson(document);
            if (found is null) continue;
            rows++;
            kinds[found.Value] = kinds.GetValueOrDefault(found.Value) + 1;
        }
        if (rows == 0 || (rows < 2 && documents.Count >= 20)) return null;
        var kind = kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key).First().Key;
        return new ValueFinding(kind, "JSON that holds " + PluralOf(kind), rows, documents.Count, InJson: true);
    }

    /// <summary>The first kind of personal data a JSON document holds, by its strings or its keys.</summary>
    public static PersonalKind? PersonalInJson(string document)
    {
        string? key = null;
        foreach (Match m in JsonString().Matches(document))
        {
            var text = JsonUnescape(m.Groups[1].Value);
            if (m.Groups[2].Success) { key = text; continue; }
            if (text.Length == 0) continue;
            if (IsEmail(text) || EmailInText().IsMatch(text)) return PersonalKind.Email;
            if (IsIp(text)) return PersonalKind.IpAddress;
            if (IsSecret(text)) return PersonalKind.Secret;
            if (IsCardNumber(text)) return PersonalKind.PaymentDetails;
            if (IsPhone(text) && text.Any(c => c is '+' or '(' or ' ' or '-')) return PersonalKind.Phone;
            if (IsFullName(text)) return PersonalKind.FullName;
            if (key is not null && KeyNames(key) is { } named && Plausible(named, text)) return named;
        }
        return null;
    }

    /// <summary>A JSON string's text: its escapes (\" \\ \n \u00e9 ...) read; a broken one is kept as it stands.</summary>
    static string JsonUnescape(string text)
    {
        if (!text.Contains('\\')) return text;
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length) { result.Append(text[i]); continue; }
            var c = text[++i];
            switch (c)
            {
                case 'n': result.Append('\n'); break;
                case 't': result.Append('\t'); break;
                case 'r': result.Append('\r'); break;
                case 'b': case 'f': result.Append(' '); break;
                case 'u' when i + 4 < text.Length && int.TryParse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    result.Append((char)code); i += 4; break;
                default: result.Append(c); break;
            }
        }
        return result.ToString();
    }

    /// <summary>Whether a JSON value under a key that names a kind could be that kind: "weekly" under email_digest is not an email.</summary>
    static bool Plausible(PersonalKind kind, string text) => kind switch
    {
        PersonalKind.Email or PersonalKind.IpAddress or PersonalKind.Phone or PersonalKind.PaymentDetails => false,   // their look is checked above
        PersonalKind.FirstName or PersonalKind.LastName or PersonalKind.FullName => text.Length >= 2 && char.IsUpper(text[0]) && !text.Any(char.IsAsciiDigit),
        PersonalKind.Username => text.Length >= 3 && !text.Contains(' '),
        PersonalKind.StreetAddress => IsStreetAddress(text) || (text.Any(char.IsAsciiDigit) && text.Any(char.IsLetter) && text.Contains(' ')),
        PersonalKind.Postcode or PersonalKind.IdentityNumber or PersonalKind.BirthDate => text.Any(char.IsAsciiDigit),
        PersonalKind.Secret => text.Length >= 8 && !text.Contains(' '),
        _ => false,
    };

    /// <summary>What a JSON key names, by the column-name rules that need no table: email, first_name, phone, ip, password.</summary>
    static PersonalKind? KeyNames(string key) => KeyCache.GetOrAdd(key, k =>
        NameRules.Match(NameRules.WordsOf(k), NoTable) is { Kind: { } kind, Needs: NameContext.None } && kind is not (PersonalKind.Photo or PersonalKind.Location or PersonalKind.AboutPerson)
            ? kind : null);

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PersonalKind?> KeyCache = new();

    static readonly TableContext NoTable = new(new Common.TableName("", ""), []);

    static ValueFinding? Bytes(IReadOnlyList<byte[]> values)
    {
        if (values.Count == 0) return null;
        var images = values.Count(IsImageOrScan);
        return images * 2 > values.Count ? new ValueFinding(PersonalKind.Photo, "images or scanned documents", images, values.Count) : null;
    }

    /// <summary>JPEG, PNG, GIF, WebP, TIFF or HEIC images, and PDF documents, by their first bytes.</summary>
    public static bool IsImageOrScan(byte[] b) =>
        StartsWith(b, 0xFF, 0xD8, 0xFF)
        || StartsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)
        || StartsWith(b, (byte)'G', (byte)'I', (byte)'F', (byte)'8')
        || (StartsWith(b, (byte)'R', (byte)'I', (byte)'F', (byte)'F') && b.Length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P')
        || StartsWith(b, 0x49, 0x49, 0x2A, 0x00) || StartsWith(b, 0x4D, 0x4D, 0x00, 0x2A)
        || (b.Length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p' && b[8] == 'h' && b[9] == 'e' && b[10] == 'i')
        || StartsWith(b, (byte)'%', (byte)'P', (byte)'D', (byte)'F');

    static bool StartsWith(byte[] bytes, params byte[] prefix) => bytes.Length >= prefix.Length && bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix);

    public static bool IsEmail(string value) => Email().IsMatch(value) || NamedEmail().IsMatch(value);

    public static bool IsIp(string value)
    {
        var address = value.Split('/')[0];
        if (Ipv4().IsMatch(address)) return address.Split('.').All(p => int.Parse(p, CultureInfo.InvariantCulture) <= 255);
        return address.Count(c => c == ':') >= 2 && address.All(c => Uri.IsHexDigit(c) || c is ':' or '.') && System.Net.IPAddress.TryParse(address, out _);
    }

    public static bool IsSecret(string value) => SecretFormat().IsMatch(value);

    /// <summary>A card number: 13 to 19 digits, spaces or dashes between them, passing the Luhn check.</summary>
    public static bool IsCardNumber(string value)
    {
        if (value.Any(c => !char.IsAsciiDigit(c) && c != ' ' && c != '-')) return false;
        var digits = value.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length is < 13 or > 19) return false;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i];
            if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /// <summary>
    /// A phone number: 7 to 15 digits with the separators phone numbers are written with. Bare digits count
    /// only with a leading 0 or +, as dialled, so order numbers and timestamps such as 20240101120000 do
    /// not; dates and decimal numbers never do.
    /// </summary>
    public static bool IsPhone(string value)
    {
        var text = value.Trim();
        if (!Phone().IsMatch(text)) return false;
        var number = Extension().Replace(text, "");
        var digits = number.Count(char.IsAsciiDigit);
        if (digits is < 7 or > 15) return false;
        if (DateLike().IsMatch(number) || Decimal().IsMatch(number)) return false;
        var bare = number.All(char.IsAsciiDigit);
        return !bare || number.StartsWith('0');
    }

    /// <summary>A street address: a house number and a street word (Street, Avenue, Rue, Calle, ...straat), or a second line such as Apt. 4.</summary>
    public static bool IsStreetAddress(string value)
    {
        if (value.Contains('@') || value.Length > 120) return false;
        var words = value.Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 12 || !words.Any(w => w.Any(char.IsAsciiDigit))) return false;
        var streets = NameLists.StreetWords;
        foreach (var raw in words)
        {
            var word = raw.Trim('.', ',', ';', '#');
            if (word.Length == 0 || word.All(char.IsAsciiDigit)) continue;
            if (streets.Contains(word)) return true;
            var lower = word.ToLowerInvariant();
            if (NameLists.GluedStreetEndings.Any(e => lower.Length > e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal))) return true;
        }
        return NameLists.SecondaryWords.Contains(words[0].Trim('.', ',', '#')) && words.Skip(1).Any(w => w.Any(char.IsAsciiDigit));
    }

    static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "herr", "frau", "mme", "mlle", "m", "sr", "sra", "srta", "jr", "ii", "iii", "iv", "phd", "md" };

    /// <summary>A person's name: two to four words, the first a first name and the last a last name in Bogus's lists (or "Last, First").</summary>
    public static bool IsFullName(string value)
    {
        if (value.Length > 80 || value.Any(char.IsAsciiDigit) || value.Contains('@')) return false;
        if (value.Split(',') is [var before, var after] && IsOneWord(before.Trim(), NameLists.LastNames) && Words(after).FirstOrDefault() is { } given && Known(given, NameLists.FirstNames))
            return true;
        var words = Words(value);
        return words.Count is >= 2 and <= 4 && Known(words[0], NameLists.FirstNames) && Known(words[^1], NameLists.LastNames);
    }

    static List<string> Words(string value) => value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Trim('.', ',', '(', ')', '"')).Where(w => w.Length > 0 && !Titles.Contains(w)).ToList();

    static bool IsOneWord(string value, IReadOnlySet<string> names) => !value.Contains(' ') && value.Length >= 2 && char.IsLetter(value[0]) && Known(value.Trim('.', ','), names);

    /// <summary>A word in a name list, a double name in either part (Mary-Jane, Smith-Jones) or an initial.</summary>
    static bool Known(string word, IReadOnlySet<string> names) =>
        names.Contains(word) || (word.Contains('-') && word.Split('-').Any(p => p.Length > 1 && names.Contains(p))) || (word.Contains('\'') && names.Contains(word.Replace("'", "")));

    static string PluralOf(PersonalKind kind) => kind switch
    {
        PersonalKind.Email => "email addresses",
        PersonalKind.IpAddress => "IP addresses",
        PersonalKind.Phone => "phone numbers",
        PersonalKind.Secret => "secrets",
        PersonalKind.PaymentDetails => "payment details",
        PersonalKind.FirstName or PersonalKind.LastName or PersonalKind.FullName or PersonalKind.Username => "people's names",
        PersonalKind.StreetAddress or PersonalKind.Postcode => "addresses",
        PersonalKind.AboutPerson => "notes about people",
        PersonalKind.BirthDate => "birth dates",
        PersonalKind.IdentityNumber => "identity numbers",
        _ => "personal data",
    };

    // no slash or colon: icons/logo@2x.png and a URL's user@host are not email addresses
    [GeneratedRegex(@"^[^@\s<>,;/:]+@[^@\s<>,;/:]+\.[^@\s<>,;.:/]{2,}$")] private static partial Regex Email();
    [GeneratedRegex(@"^[^<>@]*<[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>$")] private static partial Regex NamedEmail();
    [GeneratedRegex(@"(?<![/\w.-])[\w.%+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}(?![\w/])")] private static partial Regex EmailInText();
    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$")] private static partial Regex Ipv4();
    [GeneratedRegex(@"^\+?[\d\s().\-/]{6,24}(\s*(x|ext\.?|#)\s*\d{1,6})?$", RegexOptions.IgnoreCase)] private static partial Regex Phone();
    [GeneratedRegex(@"\s*(x|ext\.?|#)\s*\d{1,6}$", RegexOptions.IgnoreCase)] private static partial Regex Extension();
    [GeneratedRegex(@"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}\s*-\s*\d{4})$")] private static partial Regex DateLike();
    [GeneratedRegex(@"^\d+\.\d+$")] private static partial Regex Decimal();
    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""(\s*:)?")] private static partial Regex JsonString();

    [GeneratedRegex(@"^(\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|\$argon2(id|i|d)\$.+|\$scrypt\$.+|\$7\$.+|\$[156]\$[^$]+\$.+|\$pbkdf2(-sha\d+)?\$.+|(pbkdf2_sha(1|256|512)|bcrypt_sha256|bcrypt|argon2|sha1|md5|scrypt)\$.+\$.+|pbkdf2:sha\d+:\d+\$.+|AQAAAA[A-Za-z0-9+/]{40,}={0,2}|eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+|(sk|rk)_(live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{16,}|(ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{30,}|github_pat_\w{30,}|xox[abpors]-[\w-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35}|glpat-[\w-]{20,}|shp(at|ss|ca|pa)_[a-fA-F0-9]{32}|SG\.[\w-]{16,}\.[\w-]{20,}|key-[0-9a-f]{32}|-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----[\s\S]*)$")]
    private static partial Regex SecretFormat();
}
