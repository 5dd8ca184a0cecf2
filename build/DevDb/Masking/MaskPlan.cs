using DevDb.Graph;
using System.Globalization;
using System.Text.RegularExpressions;
using DevDb.Common;
using DevDb.Configuration;

namespace DevDb.Masking;

/// <summary>
/// The masking of every column, resolved against the tables: rules checked, carried along foreign
/// keys (a column referencing a masked key is masked the same way, so joins still match), and
/// turned into the SQL expression that replaces the column in populate's SELECT lists.
/// </summary>
public sealed partial class MaskPlan
{
    readonly IReadOnlyDictionary<TableName, LocalTable> _tables;

    public MaskPlan(IReadOnlyDictionary<TableName, LocalTable> tables, ForeignKeyGraph graph, DevDbConfig config)
    {
        _tables = tables;
        var rules = new Dictionary<ColumnName, MaskRule>();
        foreach (var (column, rule) in config.Mask.OrderBy(m => m.Key))
        {
            if (!tables.TryGetValue(column.Table, out var table))
                throw Error(config, $"mask: {column.Table} is not a table in production's schemas");
            if (!table.AllColumns.Contains(column.Column))
                throw Error(config, $"mask: {column.Table} has no column {Sql.Quote(column.Column)}");
            if (!table.Columns.Contains(column.Column))
                throw Error(config, $"mask: {column} is a generated column; it is computed from the masked columns");
            if (rule.Kind == MaskKind.Null && table.NotNullColumns.Contains(column.Column))
                throw Error(config, $"mask: {column} is NOT NULL and cannot be masked with null");
            if (FitProblem(rule, table.ColumnTypeOf(column.Column)) is { } problem)
                throw Error(config, $"mask: {column} is {table.TypeOf(column.Column)}: {problem}");
            rules[column] = rule;
        }

        // A referencing column takes its referenced column's mask, transitively, so keys still join.
        var inherited = new Dictionary<ColumnName, ColumnName>();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var fk in graph.ForeignKeys)
                for (var i = 0; i < fk.ChildColumns.Count; i++)
                {
                    var parent = new ColumnName(fk.Parent, fk.ParentColumns[i]);
                    var child = new ColumnName(fk.Child, fk.ChildColumns[i]);
                    if (!rules.TryGetValue(parent, out var rule) || child == parent) continue;
                    if (rules.TryGetValue(child, out var own))
                    {
                        if (own != rule)
                            throw Error(config, $"mask: {child} references {parent}, so it must be masked the same way ({rule}), not {own}");
                        continue;
                    }
                    rules[child] = rule;
                    inherited[child] = parent;
                    changed = true;
                }
        }

        Rules = rules;
        Inherited = inherited;
        // the constants of value rules (an array's elements' too) and json rules' paths, each set once for the load
        Constants = rules.Values.Select(r => r.Kind == MaskKind.Each ? r.Element! : r)
            .Select(r => r.Kind == MaskKind.Value ? r.Constant : r is { Kind: MaskKind.Json, Paths: not null } ? r.PathsJson() : null)
            .OfType<string>().Distinct().ToList();
        MasksJson = rules.Values.Any(r => r is { Kind: MaskKind.Json, Paths: null });
        Keep = config.Keep;
        NeedsKey = rules.Values.Any(r => r.NeedsKey);
    }

    public IReadOnlyDictionary<ColumnName, MaskRule> Rules { get; }

    /// <summary>Columns masked because they reference a masked column: which one.</summary>
    public IReadOnlyDictionary<ColumnName, ColumnName> Inherited { get; }

    public IReadOnlySet<ColumnName> Keep { get; }

    /// <summary>The constants of value rules, set for the load's transaction as devdb.mask_value_N.</summary>
    public IReadOnlyList<string> Constants { get; }

    public bool NeedsKey { get; }

    /// <summary>Whether a rule masks JSON by what its strings look like: the load then needs the JSON key rules.</summary>
    public bool MasksJson { get; }

    /// <summary>Why a masker cannot write a column of this type, or null: jitter needs numbers, each an array, json JSON or text.</summary>
    static string? FitProblem(MaskRule rule, ColumnType type) => rule.Kind switch
    {
        MaskKind.Jitter when !type.IsNumber || type.IsArray => "jitter moves numbers; use it on a numeric, real, double precision or integer column",
        MaskKind.Each when !type.IsArray => "each masks an array's elements; this column is not an array",
        MaskKind.Json when type.IsArray || type.Kind is not (TypeKind.Json or TypeKind.Text) => "json masks JSON; use it on a json, jsonb or text column",
        MaskKind.Json when rule.Paths is not null && type.Kind != TypeKind.Json => "json paths need a json or jsonb column; use json alone to mask JSON held as text",
        MaskKind.DateShift when type.IsArray || type.Kind is not (TypeKind.Date or TypeKind.Timestamp) => "date_shift moves dates; use it on a date or timestamp column",
        MaskKind.Each when rule.Element!.Kind == MaskKind.DateShift && type.Kind is not (TypeKind.Date or TypeKind.Timestamp) => "date_shift moves dates; this array's elements are not dates",
        _ => rule.Kind != MaskKind.Each && type.IsArray && rule.Kind is not (MaskKind.Null or MaskKind.Value or MaskKind.Sql)
            ? "an array is masked element by element: write { each: " + rule + " }" : null,
    };

    public bool IsMasked(TableName table, string column) => Rules.ContainsKey(new ColumnName(table, column));

    /// <summary>The SELECT list for a table's writable columns, masked where a rule says so.</summary>
    public string SelectList(LocalTable table, string alias) =>
        string.Join(", ", table.Columns.Select(c => Expression(table, c, alias)));

    /// <summary>
    /// What a masked SELECT list needs in its FROM clause, right after the source table: one keyed
    /// digest per pool-masked column and the pool positions it picks, computed once per row (OFFSET 0
    /// keeps the planner from copying them into every use), and one row holding each pool the table
    /// draws from as an array, copied once per statement: the copy ([:], a slice) is a plain value in
    /// memory, where the stored array is compressed or out of line and would be unpacked again at every
    /// use. A position then picks its value by subscript: pool values are names, fixed-width, so the
    /// subscript goes straight to the element (a join to a table of values cost a lookup per value).
    /// Empty when no column of the table draws from a pool.
    /// </summary>
    public string Joins(LocalTable table, string alias)
    {
        var pooled = PooledColumns(table);
        if (pooled.Count == 0) return "";
        var digests = string.Join(", ", pooled.Select((p, i) =>
            $"devdb.mask_digest('{p.Kind}', {alias}.{Sql.Quote(p.Column)}::text) AS d{N(i + 1)}"));
        var picks = pooled.SelectMany((p, i) => PoolPicks(p.Kind, i + 1).Select(j => (j.Pool, j.Pick, Position: $"devdb.mask_slice(digests.d{N(i + 1)}, {N(j.Slice)}) % {N(PoolSize(j.Pool))}"))).ToList();
        var positions = string.Join(", ", picks.Select(p => $"{p.Position} AS {p.Pick}"));
        var pools = string.Join(", ", picks.Select(p => p.Pool).Distinct().Select(pool =>
            $"(SELECT pool[:] FROM {PoolTable} WHERE kind = '{pool}') AS {pool}"));
        return $"CROSS JOIN LATERAL (SELECT digests.*, {positions} FROM (SELECT {digests} OFFSET 0) AS digests OFFSET 0) AS {DigestAlias}\n"
            + $"CROSS JOIN (SELECT {pools} OFFSET 0) AS {PoolAlias}";
    }

    /// <summary>The value written for one column: the column itself, or its masked form, of the column's own type.</summary>
    public string Expression(LocalTable table, string column, string alias)
    {
        var source = alias + "." + Sql.Quote(column);
        if (!Rules.TryGetValue(new ColumnName(table.Name, column), out var rule)) return source;
        var type = table.TypeOf(column);
        var length = LengthOf(type);
        // Unique columns get a suffix that keeps them apart; it survives the column's length limit. A
        // column masked because it references another takes that column's settings, so values match.
        var origin = new ColumnName(table.Name, column);
        while (Inherited.TryGetValue(origin, out var referenced)) origin = referenced;
        var originTable = _tables[origin.Table];
        var originLength = LengthOf(originTable.TypeOf(origin.Column));
        var unique = originTable.IsUnique(origin.Column);
        var text = source + "::text";
        var masked = rule.Kind switch
        {
            MaskKind.Email or MaskKind.FirstName or MaskKind.LastName or MaskKind.FullName or MaskKind.Phone
                or MaskKind.StreetAddress or MaskKind.City or MaskKind.Postcode or MaskKind.Username or MaskKind.Lorem =>
                Pooled(rule.Kind, PooledColumns(table).FindIndex(p => p.Column == column) + 1, text, unique, originLength),
            MaskKind.Digits => Checked(table, column, text),
            MaskKind.Jitter => $"({source} + (devdb.mask_slice(devdb.mask_digest('jitter', {text}), 0)::numeric / 1152921504606846976 * 2 - 1) * {rule.Amount.ToString(CultureInfo.InvariantCulture)})",
            MaskKind.Each => $"ARRAY(SELECT {Element(rule.Element!, "devdb_element.v")} FROM unnest({source}) WITH ORDINALITY AS devdb_element(v, i) ORDER BY devdb_element.i)",
            MaskKind.Json when rule.Paths is not null => $"devdb.mask_json_paths({source}::jsonb, {Constant(rule.PathsJson())}::jsonb)",
            MaskKind.Json => table.ColumnTypeOf(column).Kind == TypeKind.Text ? $"devdb.mask_json_text({text})" : $"devdb.mask_json({source}::jsonb)",
            MaskKind.Ip => $"devdb.mask_ip({text})",
            MaskKind.Hash => $"devdb.mask_hash({text})",
            MaskKind.Partial => $"devdb.mask_partial({text}, {N(rule.KeepFirst)}, {N(rule.KeepLast)})",
            MaskKind.Value => Constant(rule.Constant!),
            MaskKind.Null => "NULL",
            MaskKind.Sql => "(\n" + rule.Expression + "\n)",
            MaskKind.DateShift => $"({source} + devdb.mask_days({text}, {N(rule.Days)}) * interval '1 day')",
            _ => throw new InvalidOperationException(rule.Kind.ToString()),
        };
        if (rule.Kind is MaskKind.Null) return $"NULL::{type}";
        // Values fit the column: text is cut to a varchar's or char's length before the cast.
        if (length is { } max && rule.Kind is not (MaskKind.DateShift or MaskKind.Sql or MaskKind.Jitter))
            masked = $"left({masked}, {N(max)})";
        // NULL stays NULL: masking changes values, never whether there is one.
        return rule.Kind is MaskKind.Value or MaskKind.Sql or MaskKind.Each
            ? $"(CASE WHEN {source} IS NULL THEN NULL ELSE {masked} END)::{type}"
            : $"({masked})::{type}";
    }

    /// <summary>A constant of the load (a value rule's, a json rule's paths), read from the setting it was bound to.</summary>
    string Constant(string value) => $"current_setting('devdb.mask_value_{N(Constants.ToList().IndexOf(value))}')";

    /// <summary>
    /// digits on a column under CHECK constraints of its own, or of its domain: the first of up to 200
    /// draws of the same format that passes them (a checksum passes about one draw in eleven), else the
    /// first draw, whose failure names the constraint. The expressions are the developer database's own
    /// catalog's (production's schema), read with the column's name bound to the draw.
    /// </summary>
    static string Checked(LocalTable table, string column, string text)
    {
        var checks = table.ColumnChecks?.Where(c => c.Column == column).Select(c => "(" + c.Expression + ")").ToList() ?? [];
        if (table.IsDomain(column) && table.CheckedColumns?.Contains(column) == true)
            checks.Add($"devdb.mask_fits({Sql.Quote(column)}, NULL::{table.TypeOf(column)})");
        if (checks.Count == 0) return $"devdb.mask_digits({text})";
        return $"coalesce((SELECT devdb_draw.{Sql.Quote(column)} FROM (SELECT devdb.mask_digits({text}, devdb_attempt) AS {Sql.Quote(column)} FROM generate_series(0, 199) AS devdb_attempt) AS devdb_draw"
            + $" WHERE {string.Join(" AND ", checks)} LIMIT 1), devdb.mask_digits({text}))";
    }

    /// <summary>One element of an array, masked by a masker of one value; NULL elements stay NULL.</summary>
    string Element(MaskRule rule, string element) => rule.Kind switch
    {
        MaskKind.Null => "NULL",
        MaskKind.Value => $"CASE WHEN {element} IS NULL THEN NULL ELSE {Constant(rule.Constant!)} END",
        MaskKind.Partial => $"devdb.mask_partial({element}::text, {N(rule.KeepFirst)}, {N(rule.KeepLast)})",
        MaskKind.DateShift => $"({element} + devdb.mask_days({element}::text, {N(rule.Days)}) * interval '1 day')",
        _ => $"devdb.mask_text('{rule.SqlName}', {element}::text)",
    };

    /// <summary>The temporary table of pool values that populate loads for its transaction.</summary>
    public const string PoolTable = "pg_temp.devdb_mask_pool";

    const string DigestAlias = "devdb_mask";
    const string PoolAlias = "devdb_pool";

    /// <summary>The longest pool value: pools are arrays of name, whose values hold at most 63 bytes.</summary>
    public const int MaxPoolValueBytes = 63;

    /// <summary>The pool a masker draws from, which 60-bit slice of the digest picks from it, and the pick's name.</summary>
    static IEnumerable<(string Pool, int Slice, string Pick)> PoolPicks(string kind, int n) => kind switch
    {
        "email" => [("email_name", 1, $"devdb_mask_{N(n)}")],
        "full_name" => [("first_name", 0, $"devdb_mask_{N(n)}"), ("last_name", 1, $"devdb_mask_{N(n)}_last")],
        _ => [(kind, 0, $"devdb_mask_{N(n)}")],
    };

    /// <summary>The pool value a pick chose, or the one after it (the last is followed by the first).</summary>
    static string Chosen(string pool, string pick, bool next = false) => next
        ? $"{PoolAlias}.{pool}[1 + ({DigestAlias}.{pick} + 1) % {N(PoolSize(pool))}]::text"
        : $"{PoolAlias}.{pool}[1 + {DigestAlias}.{pick}]::text";

    /// <summary>
    /// A pool-masked value. The digest's bytes 1-8 choose the value (the domain, for email); bytes 9-16
    /// make the unique suffix, or choose the second part of an email or full name, whose suffix is then
    /// made from bytes 17-24. A chosen value
    /// equal to the input is replaced by the next one in the pool: the output is never the input.
    /// </summary>
    static string Pooled(MaskKind kind, int n, string text, bool unique, int? originLength)
    {
        var digest = $"{DigestAlias}.d{N(n)}";
        var pick = $"devdb_mask_{N(n)}";
        string Suffix(int from) => $"encode(substr({digest}, {N(from)}, 8), 'hex')";
        switch (kind)
        {
            case MaskKind.Email:
            {
                // initial.lastname (at most 10 letters), a unique part, a reserved domain: 39 characters
                // at most, the same form whatever the column, so an address masks alike in every table
                var domain = $"'@example.' || (ARRAY['com', 'org', 'net'])[1 + devdb.mask_slice({digest}, 0) % 3]";
                var whole = $"{Chosen("email_name", pick)} || '.' || {Suffix(17)} || {domain}";
                return originLength is { } max && max < 39
                    ? $"CASE WHEN length({whole}) > {N(max)} THEN {Suffix(17)} || {domain} ELSE {whole} END"
                    : whole;
            }
            case MaskKind.FullName:
            {
                var last = Chosen("last_name", pick + "_last");
                var both = $"{Chosen("first_name", pick)} || ' ' || {last}";
                var name = $"CASE WHEN {both} = {text} THEN {Chosen("first_name", pick, next: true)} || ' ' || {last} ELSE {both} END";
                return unique ? Fit(name, Suffix(17), originLength) : name;
            }
            default:
            {
                var pool = PoolKind(kind)!;
                var notInput = $"CASE WHEN {Chosen(pool, pick)} = {text} THEN {Chosen(pool, pick, next: true)} ELSE {Chosen(pool, pick)} END";
                // a username's suffix joins it with an underscore, as usernames are written
                return unique ? Fit(notInput, Suffix(9), originLength, kind == MaskKind.Username ? "_" : " ") : notInput;
            }
        }
    }

    /// <summary>A value with a unique 16-character suffix, cut to fit a length limit with the suffix kept whole.</summary>
    static string Fit(string value, string suffix, int? max, string separator = " ") => max switch
    {
        null => $"{value} || '{separator}' || {suffix}",
        > 17 => $"left({value}, {N(max.Value - 17)}) || '{separator}' || {suffix}",
        _ => $"right({suffix}, {N(max.Value)})",
    };

    /// <summary>A table's columns that draw from a value pool, in column order, with their masker's name.</summary>
    List<(string Column, string Kind)> PooledColumns(LocalTable table) =>
        table.Columns.Select(c => (Column: c, Kind: Rules.TryGetValue(new ColumnName(table.Name, c), out var r) ? PoolKind(r.Kind) : null))
            .Where(p => p.Kind is not null).Select(p => (p.Column, p.Kind!)).ToList();

    static string? PoolKind(MaskKind kind) => kind switch
    {
        MaskKind.Email => "email",
        MaskKind.FirstName => "first_name",
        MaskKind.LastName => "last_name",
        MaskKind.FullName => "full_name",
        MaskKind.Phone => "phone",
        MaskKind.StreetAddress => "street_address",
        MaskKind.City => "city",
        MaskKind.Postcode => "postcode",
        MaskKind.Username => "username",
        MaskKind.Lorem => "lorem",
        _ => null,
    };

    static int PoolSize(string pool) => MaskPools.Pools[pool].Length;

    static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    static int? LengthOf(string type)
    {
        var m = LengthType().Match(type);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:character varying|character|varchar|char)\((\d+)\)$")]
    private static partial Regex LengthType();

    static DevDbException Error(DevDbConfig config, string message) =>
        new($"{Path.GetFileName(config.SourcePath ?? DevDbSettings.DefaultConfigFile)}: {message}", ExitCodes.BadInput);
}
