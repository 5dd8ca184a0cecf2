using System.Text;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Graph;

namespace DevDb.Masking;

public enum Confidence { Low, Medium, High }

/// <summary>A column that looks personal: the kind of data, why, how sure, and the masker DevDb suggests (one that fits the column).</summary>
public sealed record PersonalColumn(ColumnName Column, PersonalKind Kind, string Reason, string SuggestedMask, Confidence Confidence)
{
    public string ConfidenceWord => Confidence.ToString().ToLowerInvariant();
}

/// <summary>
/// Deny by default: finds the columns that look personal, by their name read in their table's context,
/// by their type, and by a sample of their values, so that each gets a decision (a mask or an explicit
/// keep) before anything is loaded. Keys follow the column they reference; framework bookkeeping tables
/// are never flagged.
/// </summary>
public static class PersonalData
{
    static int _warmedUp;

    /// <summary>
    /// Loads Bogus's name lists and runs every rule once on made-up values, in the background: an action
    /// waits for its connections and production's catalog first, and the rules' code (and their regular
    /// expressions) is compiled meanwhile instead of on the first columns.
    /// </summary>
    public static void WarmUp()
    {
        NameLists.WarmUp();
        if (Interlocked.Exchange(ref _warmedUp, 1) == 1) return;
        _ = Task.Run(() =>
        {
            object[] texts = ["olivia.martin87@gmail.com", "+1 (415) 555-0132", "742 Evergreen Terrace", "Olivia Martin", "10.0.0.1", "4111 1111 1111 1111", "plain words here"];
            ValueRules.Classify(ColumnType.Parse("text"), texts);
            ValueRules.Classify(ColumnType.Parse("text[]"), [new[] { "a@b.org" }]);
            ValueRules.Classify(ColumnType.Parse("jsonb"), ["""{"customer": {"name": "Olivia Martin", "email": "o@x.org", "phone": "+44 20 7946 0958", "ip": "10.0.0.1"}}"""]);
            ValueRules.Classify(ColumnType.Parse("bytea"), [new byte[] { 0xFF, 0xD8, 0xFF }]);
            ValueRules.IsProse(texts);
            foreach (var name in new[] { "ship_address1", "NormalizedUserName", "encrypted_password", "home_lat", "notes" }) NameRules.Match(NameRules.WordsOf(name), new TableContext(new TableName("public", "users"), ["user"]) { IsPerson = true });
        });
    }

    /// <summary>
    /// Every personal-looking column of the model's tables. Values are read from production, one query per
    /// table, for the columns whose type could hold personal text and that the config has not decided yet
    /// (all of them when <paramref name="sampleDecided"/>).
    /// </summary>
    public static List<PersonalColumn> Find(DevDbSettings settings, Database production, SamplingModel model, bool sampleDecided = false)
    {
        WarmUp();
        var contexts = TableContext.Of(model.Tables, model.Graph, NameRules.Vocabulary);
        var decided = model.Masks.Rules.Keys.ToHashSet();
        decided.UnionWith(model.Masks.Keep);
        return Detect(model, contexts, table =>
        {
            var sampled = table.Columns.Where(c => IsSampled(table.ColumnTypeOf(c)) && (sampleDecided || !decided.Contains(new ColumnName(table.Name, c)))).ToList();
            return sampled.Count == 0 ? new Dictionary<string, List<object>>() : Sample(settings, production, table, sampled);
        });
    }

    /// <summary>Detection over a model, with the values of each table from <paramref name="sample"/>: the pure part, testable without a database.</summary>
    public static List<PersonalColumn> Detect(SamplingModel model, IReadOnlyDictionary<TableName, TableContext> contexts,
        Func<LocalTable, IReadOnlyDictionary<string, List<object>>> sample)
    {
        var foreignKeyColumns = model.Graph.ForeignKeys.SelectMany(fk => fk.ChildColumns.Select(c => new ColumnName(fk.Child, c))).ToHashSet();
        var found = new List<PersonalColumn>();
        foreach (var table in model.Tables.Values.OrderBy(t => t.Name))
        {
            var context = contexts[table.Name];
            if (context.IsFramework) continue;
            IReadOnlyDictionary<string, List<object>>? values = null;
            foreach (var column in table.Columns)
            {
                var name = new ColumnName(table.Name, column);
                // A foreign key follows the column it references: masked with it, or kept with it.
                if (foreignKeyColumns.Contains(name)) continue;
                var type = table.ColumnTypeOf(column);
                if (type.Kind == TypeKind.Boolean) continue;
                if (IsSampled(type)) values ??= sample(table);
                var finding = Judge(table, context, column, type, values?.GetValueOrDefault(column));
                if (finding is not null) found.Add(finding);
            }
        }
        return found;
    }

    /// <summary>One column's verdict: its name in its table's context, its type, and its sampled values, weighed together.</summary>
    static PersonalColumn? Judge(LocalTable table, TableContext context, string column, ColumnType type, List<object>? values)
    {
        var words = NameRules.WordsOf(column);
        if (!context.IsSensitiveTopic && words.Any(TableContext.IsSensitiveTopicWord)) context = context with { IsSensitiveTopic = true };
        var rule = NameRules.Match(words, context);
        var byName = rule?.Kind is { } named && named.Fits(type) ? named : (PersonalKind?)null;
        var byValue = values is { Count: > 0 } ? ValueRules.Classify(type, values) : null;
        // A key is not personal by its look either: a Message-ID is written like an email address.
        if (byName is null && words is [.., "id" or "uuid" or "guid"]) byValue = null;
        // Free text in moderation, human resources, health or a customer's case is about a person.
        if (byName is null && byValue is null && type.IsText && context.ConcernsPerson && context.IsSensitiveTopic && values is { Count: > 0 } && ValueRules.IsProse(values)
            && words is not [.., "title" or "subject" or "slug" or "name" or "label" or "url" or "path" or "code" or "status" or "type" or "key"
                or "org" or "organisation" or "organization" or "service" or "department" or "company" or "provider" or "site" or "location" or "specialty" or "speciality"])
            byValue = new ValueFinding(PersonalKind.AboutPerson, "free text", values.Count, values.Count);

        if (byName is not null && byValue is null && ValuesContradict(byName.Value, rule!, context, values)) byName = null;
        // Images and scans are a person's only in a table about people, or by a name that says so.
        if (byValue is { Kind: PersonalKind.Photo } && byName is null && !context.ConcernsPerson) byValue = null;
        // and an office's networks are not a person's addresses
        if (context.IsPlace && !context.IsPerson && byName is PersonalKind.IpAddress && type.Kind == TypeKind.Network) byName = null;

        string Context() => rule!.Needs == NameContext.None ? "" : rule.Needs switch
        {
            NameContext.PersonTable => " in a table of people",
            NameContext.NotThing => $" in {table.Name.Name}",
            NameContext.Mail => " in a table of email addresses",
            NameContext.Message => " in a table of messages",
            NameContext.HoldsSecrets => " in a table of keys or tokens",
            NameContext.Authentication => " in a table of sign-ins through other providers",
            _ => " in a table about people",
        };

        PersonalKind kind;
        string reason;
        Confidence confidence;
        if (byName is { } n && byValue is { } v)
        {
            if (v.Kind == n || SameFamily(v.Kind, n))
                (kind, reason, confidence) = (n, $"its name{Context()} and its values ({v.Describe()}) say {n.Describe()}", Confidence.High);
            else if (v.IsCertain)
                (kind, reason, confidence) = (v.Kind, $"its values look like {v.Describe()}; its name{Context()} suggests {n.Describe()}", Confidence.High);
            else
                (kind, reason, confidence) = (n, $"its name{Context()} says {n.Describe()}", rule!.Needs == NameContext.None ? Confidence.Medium : Confidence.Low);
        }
        else if (byName is { } nameOnly)
            (kind, reason, confidence) = (nameOnly, $"its name{Context()} says {nameOnly.Describe()}", rule!.Needs == NameContext.None ? Confidence.Medium : Confidence.Low);
        else if (byValue is { } valueOnly)
            (kind, reason, confidence) = (valueOnly.Kind, $"its values look like {valueOnly.Describe()}", valueOnly.IsCertain ? Confidence.High : Confidence.Medium);
        else if (type.Kind == TypeKind.Network && !context.IsPlace)
            (kind, reason, confidence) = (PersonalKind.IpAddress, $"its type ({type}) holds IP addresses", Confidence.High);
        else
            return null;
        // JSON kept as text is masked as JSON, in place, like a json column
        var mask = byValue is { InJson: true } && type.IsText && kind == byValue.Kind ? "json" : MaskSuggestion.For(kind, table, column);
        return new PersonalColumn(new ColumnName(table.Name, column), kind, reason, mask, confidence);
    }

    /// <summary>Whether a column's sampled values say its name is wrong about it.</summary>
    static bool ValuesContradict(PersonalKind named, NameRule rule, TableContext context, List<object>? values)
    {
        if (values is null) return false;
        bool OneWordEach() => values.All(v => v is string text && !text.Trim().Contains(' '));
        // A name that says a person only in its table's context: ProviderDisplayName in a table of logins
        // holds "Google", not a person (a full_name in a table of people is a person's whatever it holds).
        if (named is PersonalKind.FullName or PersonalKind.FirstName or PersonalKind.LastName && rule.Needs != NameContext.None
            && !(context.IsPerson && rule.Phrase.Contains("full")) && values.Count >= 5 && !values.Any(v => v is string s && HoldsAName(s)))
            return true;
        // A few repeated one-word codes (phone, email, post) are not names.
        if (named is PersonalKind.FullName or PersonalKind.Username && values.Count >= 10 && OneWordEach()
            && values.Select(v => v.ToString()).Distinct().Count() is var distinct && (distinct <= 3 || (distinct <= 5 && values.Count >= 20)))
            return true;
        // Notes hold sentences: a reason column of codes (requested_by_customer, duplicate) is not about a person.
        return named == PersonalKind.AboutPerson && values.Count >= 5 && OneWordEach();
    }

    /// <summary>Values and names that agree in substance: a full name's values in a first-name column, a phone's digits in an identity number.</summary>
    static bool SameFamily(PersonalKind value, PersonalKind name) =>
        (IsName(value) && IsName(name)) || (value == PersonalKind.Phone && name is PersonalKind.IdentityNumber or PersonalKind.PaymentDetails or PersonalKind.Postcode)
        || (value == PersonalKind.StreetAddress && name == PersonalKind.Postcode);

    static bool IsName(PersonalKind kind) => kind is PersonalKind.FirstName or PersonalKind.LastName or PersonalKind.FullName or PersonalKind.Username;

    static bool HoldsAName(string value) =>
        value.Split([' ', ',', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 1 && (NameLists.FirstNames.Contains(w) || NameLists.LastNames.Contains(w)));

    /// <summary>Types whose values are read for their look: text, text arrays, JSON and bytes.</summary>
    static bool IsSampled(ColumnType type) => type.Kind is TypeKind.Text or TypeKind.Json || (type.Kind == TypeKind.Bytea && !type.IsArray);

    /// <summary>The first rows of a table, every sampled column cut short, in one query: each column's non-null values.</summary>
    static Dictionary<string, List<object>> Sample(DevDbSettings settings, Database production, LocalTable table, IReadOnlyList<string> columns)
    {
        var select = string.Join(", ", columns.Select(c =>
        {
            var quoted = Sql.Quote(c);
            var type = table.ColumnTypeOf(c);
            return type switch
            {
                { Kind: TypeKind.Bytea } => $"substring({quoted} FROM 1 FOR 16)",
                { Kind: TypeKind.Json, IsArray: false } => $"left({quoted}::text, 2000)",
                { IsArray: true } => $"({quoted}::text[])[1:10]",
                _ => $"left({quoted}::text, 1000)",
            };
        }));
        var values = columns.ToDictionary(c => c, _ => new List<object>());
        production.Query(settings.Sql.Render("preflight/sample_values.sql", new() { ["table"] = table.Name, ["columns"] = new SqlFragment(select) }), r =>
        {
            for (var i = 0; i < columns.Count; i++)
                if (!r.IsDBNull(i)) values[columns[i]].Add(r.GetValue(i) is string[] array ? array.Where(e => e is not null).ToArray() : r.GetValue(i));
            return 0;
        });
        return values;
    }

    /// <summary>Stops, before anything is loaded, when a personal-looking column has no decision; prints the block to paste.</summary>
    public static void RequireDecisions(DevDbSettings settings, IReadOnlyList<PersonalColumn> found, MaskPlan masks)
    {
        var undecided = found.Where(f => !masks.Rules.ContainsKey(f.Column) && !masks.Keep.Contains(f.Column)).ToList();
        if (undecided.Count == 0) return;
        settings.Reporter.Warn($"{undecided.Count} column{(undecided.Count == 1 ? "" : "s")} look personal and have no decision. Add this to {ConfigName(settings)}, choosing a mask or keep for each:");
        settings.Reporter.Verbatim(SuggestedBlock(undecided));
        throw new DevDbException(
            $"{undecided.Count} personal-looking column{(undecided.Count == 1 ? " has" : "s have")} no mask or keep decision in {ConfigName(settings)}: {string.Join(", ", undecided.Take(8).Select(u => u.Column))}{(undecided.Count > 8 ? ", ..." : "")} (paste the block printed above and adjust it)",
            ExitCodes.BadInput);
    }

    /// <summary>The mask: block for the columns, each with its suggested masker, confidence and reason, then the keep: alternative, commented out.</summary>
    public static string SuggestedBlock(IReadOnlyList<PersonalColumn> undecided, string indent = "")
    {
        var width = undecided.Max(u => YamlKey(u.Column).Length + u.SuggestedMask.Length) + 4;
        var block = new StringBuilder(indent + "mask:\n");
        foreach (var u in undecided)
            block.Append(indent).Append(("  " + YamlKey(u.Column) + ": " + u.SuggestedMask).PadRight(width + 2)).Append(" # ").Append(u.ConfidenceWord).Append(": ").Append(u.Reason).Append('\n');
        block.Append(indent).Append("keep:   # or, where the data is not personal after all:\n");
        foreach (var u in undecided) block.Append(indent).Append("  # - ").Append(YamlKey(u.Column)).Append('\n');
        return block.ToString().TrimEnd('\n');
    }

    /// <summary>A column as a YAML key: single-quoted when it holds characters YAML would read otherwise.</summary>
    public static string YamlKey(ColumnName column) => YamlKey(column.ToString());

    /// <summary>A table or column name as a YAML key: single-quoted when it holds characters YAML would read otherwise.</summary>
    public static string YamlKey(string text)
    {
        return text.Any(c => c is '"' or ':' or '#' or '\'' or '{' or '}' or '[' or ']' or ',' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`') || text.StartsWith('-') || text.StartsWith('?')
            ? "'" + text.Replace("'", "''") + "'"
            : text;
    }

    static string ConfigName(DevDbSettings settings) => Path.GetFileName(settings.Config.SourcePath ?? DevDbSettings.DefaultConfigFile);
}
