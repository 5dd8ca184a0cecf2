using DevDb.Masking;
using System.Globalization;
using DevDb.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DevDb.Configuration;

/// <summary>
/// Reads devdb.yml into <see cref="DevDbConfig"/>. Every problem is reported as one line naming
/// the file, the line and what is wrong; unknown keys are errors so typos never pass silently.
/// </summary>
public static class ConfigLoader
{
    static readonly string[] TopLevelKeys = ["production", "development", "schemas", "schema_file", "dump_file", "fetch_size", "seed", "parallel", "default", "tables", "relations", "max_rows", "mask", "keep"];
    static readonly string[] ServerKeys = ["host", "port", "database", "user", "sslmode"];
    static readonly string[] SslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];

    public static DevDbConfig LoadFile(string path, bool required)
    {
        if (!File.Exists(path))
        {
            if (required) throw new DevDbException($"config file not found: {path}", ExitCodes.BadInput);
            return DevDbConfig.Empty;
        }
        return Parse(File.ReadAllText(path), path);
    }

    public static DevDbConfig Parse(string yaml, string sourceName = "devdb.yml")
    {
        var file = Path.GetFileName(sourceName);
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0].Trim();
            throw new DevDbException($"{file}:{e.Start.Line}: malformed YAML: {reason}", ExitCodes.BadInput);
        }

        if (root is null || root is YamlScalarNode { Value: null or "" }) return DevDbConfig.Empty with { SourcePath = sourceName };
        var top = AsMapping(root, file, "the file");
        CheckKeys(top, TopLevelKeys, file, "top level");

        var config = new DevDbConfig { SourcePath = sourceName };
        foreach (var (keyNode, value) in top.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            config = key switch
            {
                "production" => config with { Production = ParseServer(value, file, key) },
                "development" => config with { Development = ParseServer(value, file, key) },
                "schemas" => config with { Schemas = ParseStringList(value, file, key) },
                "schema_file" => config with { SchemaFile = Scalar(value, file, key) },
                "dump_file" => config with { DumpFile = Scalar(value, file, key) },
                "fetch_size" => config with { FetchSize = (int)Integer(value, file, key, 1, 1_000_000) },
                "parallel" => config with { Parallel = (int)Integer(value, file, key, 1, DevDbConfig.MaxParallel) },
                "seed" => config with { Seed = (int)Integer(value, file, key, int.MinValue, int.MaxValue) },
                "default" => config with { Default = ParseRule(value, file, "default") },
                "tables" => config with { Tables = ParseTables(value, file) },
                "relations" => config with { Relations = ParseRelations(value, file) },
                "max_rows" => ParseBudget(config, value, file),
                "mask" => config with { Mask = ParseMasks(value, file) },
                "keep" => config with { Keep = ParseKeep(value, file) },
                _ => config,
            };
        }
        return config;
    }

    static ServerSection ParseServer(YamlNode node, string file, string section)
    {
        var map = AsMapping(node, file, section);
        if (map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value is "password"))
            throw Error(file, node, $"{section}.password: passwords do not belong in the config file; use PGPASSWORD or a .pgpass file");
        CheckKeys(map, ServerKeys, file, section);
        var server = ServerSection.Empty;
        foreach (var (k, v) in map.Children)
        {
            var key = ((YamlScalarNode)k).Value!;
            var where = section + "." + key;
            server = key switch
            {
                "host" => server with { Host = Scalar(v, file, where) },
                "port" => server with { Port = (int)Integer(v, file, where, 1, 65535) },
                "database" => server with { Database = Scalar(v, file, where) },
                "user" => server with { User = Scalar(v, file, where) },
                "sslmode" => server with { SslMode = SslMode(v, file, where) },
                _ => server,
            };
        }
        return server;
    }

    static string SslMode(YamlNode node, string file, string where)
    {
        var value = Scalar(node, file, where);
        if (!SslModes.Contains(value)) throw Error(file, node, $"{where}: '{value}' is not an sslmode; use one of {string.Join(", ", SslModes)}");
        return value;
    }

    public static bool IsValidSslMode(string value) => SslModes.Contains(value);

    static Dictionary<TableName, SamplingRule> ParseTables(YamlNode node, string file)
    {
        var tables = new Dictionary<TableName, SamplingRule>();
        if (node is YamlScalarNode { Value: null or "" }) return tables;
        foreach (var (k, v) in AsMapping(node, file, "tables").Children)
        {
            var keyText = Scalar(k, file, "tables");
            TableName table;
            try { table = TableName.Parse(keyText); }
            catch (DevDbException e) { throw Error(file, k, $"tables: {e.Message}"); }
            if (!tables.TryAdd(table, ParseRule(v, file, "tables." + keyText)))
                throw Error(file, k, $"tables: {table} is listed twice");
        }
        return tables;
    }

    static List<Relation> ParseRelations(YamlNode node, string file)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode list) throw Error(file, node, "relations: expected a list of { from: ..., to: ... }");
        var relations = new List<Relation>();
        foreach (var item in list.Children)
        {
            var map = AsMapping(item, file, "relations");
            // In { ... } flow style a comma ends the value: b(y, z) arrives as "b(y" and a key "z)".
            if (map.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value?.TrimEnd().EndsWith(')') == true) is { } split)
                throw Error(file, split, "relations: a reference to several columns needs quotes inside { }: to: \"schema.table(a, b)\"");
            CheckKeys(map, ["from", "to", "include", "max_per_parent", "nullify", "virtual"], file, "relations");
            string? Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? Scalar(v, file, "relations." + key) : null;
            YamlNode At(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : item;

            ColumnsRef Columns(string key)
            {
                var text = Get(key) ?? throw Error(file, item, $"relations: every relation needs '{key}: schema.table(column, ...)'");
                try { return ColumnsRef.Parse(text); }
                catch (DevDbException e) { throw Error(file, At(key), "relations." + key + ": " + e.Message); }
            }

            var from = Columns("from");
            var to = Columns("to");
            if (from.Columns.Count != to.Columns.Count)
                throw Error(file, item, $"relations: {from} and {to} must list the same number of columns");
            var include = Get("include");
            if (include is not null and not "children" and not "parents")
                throw Error(file, At("include"), $"relations.include: '{include}' is not known; use children (parents are always included)");
            long? maxPerParent = map.Children.TryGetValue(new YamlScalarNode("max_per_parent"), out var m) ? Integer(m, file, "relations.max_per_parent", 1, long.MaxValue) : null;
            if (maxPerParent is not null && include != "children")
                throw Error(file, At("max_per_parent"), "relations.max_per_parent only applies with include: children");
            var nullify = Boolean(Get("nullify"), file, At("nullify"), "nullify");
            var isVirtual = Boolean(Get("virtual"), file, At("virtual"), "virtual");
            if (nullify && include == "children")
                throw Error(file, item, $"relations: {from} -> {to} cannot both include children and nullify the reference");
            var relation = new Relation(from, to, include == "children", maxPerParent, nullify, isVirtual);
            if (relations.Any(r => r.From == from && r.To == to))
                throw Error(file, item, $"relations: {relation} is listed twice");
            relations.Add(relation);
        }
        return relations;
    }

    static Dictionary<ColumnName, MaskRule> ParseMasks(YamlNode node, string file)
    {
        var masks = new Dictionary<ColumnName, MaskRule>();
        if (node is YamlScalarNode { Value: null or "" }) return masks;
        foreach (var (k, v) in AsMapping(node, file, "mask").Children)
        {
            var column = Column(k, file, "mask");
            if (!masks.TryAdd(column, ParseMask(v, file, "mask." + column)))
                throw Error(file, k, $"mask: {column} is listed twice");
        }
        return masks;
    }

    const string KnownMaskers = "email, first_name, last_name, full_name, username, phone, street_address, city, postcode, ip, hash, digits, lorem, null, json, { date_shift: days }, { value: x }, { partial: { keep_first: n, keep_last: n } }, { jitter: amount }, { each: masker }, { json: { \"$.path\": masker } }, { sql: \"expression\" }";

    static MaskRule ParseMask(YamlNode node, string file, string where)
    {
        if (node is YamlScalarNode { Value: { } name })
            return MaskRule.Named.TryGetValue(name, out var kind) ? new MaskRule(kind)
                : throw Error(file, node, $"{where}: '{name}' is not a masker; use {KnownMaskers}");
        var map = AsMapping(node, file, where);
        if (map.Children.Count != 1) throw Error(file, node, $"{where}: give exactly one masker");
        var (keyNode, value) = map.Children.Single();
        var key = Scalar(keyNode, file, where);
        switch (key)
        {
            case "date_shift":
                var days = value is YamlMappingNode dm && dm.Children.TryGetValue(new YamlScalarNode("days"), out var d) ? d : value;
                return new MaskRule(MaskKind.DateShift, Days: (int)Integer(days, file, where + ".date_shift", 1, 36500));
            case "value":
                return new MaskRule(MaskKind.Value, Constant: value is YamlScalarNode { Value: var c } ? c ?? "" : throw Error(file, value, $"{where}.value: expected a single value"));
            case "partial":
                var pm = AsMapping(value, file, where + ".partial");
                CheckKeys(pm, ["keep_first", "keep_last"], file, where + ".partial");
                int Keep(string k) => pm.Children.TryGetValue(new YamlScalarNode(k), out var n) ? (int)Integer(n, file, $"{where}.partial.{k}", 0, 1000) : 0;
                return new MaskRule(MaskKind.Partial, KeepFirst: Keep("keep_first"), KeepLast: Keep("keep_last"));
            case "sql":
                var expression = Scalar(value, file, where + ".sql");
                var problem = WhereClauseGuard.Problem(expression);
                if (problem is not null) throw Error(file, value, $"{where}.sql {problem}");
                return new MaskRule(MaskKind.Sql, Expression: expression);
            case "jitter":
                var text = Scalar(value, file, where + ".jitter");
                if (!decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var amount) || amount <= 0 || amount > 1_000_000_000)
                    throw Error(file, value, $"{where}.jitter: '{text}' is not an amount; write a positive number such as 0.05");
                return new MaskRule(MaskKind.Jitter, Amount: amount);
            case "each":
                var element = ParseMask(value, file, where + ".each");
                if (!element.IsScalar || element.Kind == MaskKind.Json)
                    throw Error(file, value, $"{where}.each: each element takes a masker of one value (email, ip, hash, digits, ...), not {element}");
                return new MaskRule(MaskKind.Each, Element: element);
            case "json":
                var paths = new List<JsonPathMask>();
                foreach (var (pathNode, maskNode) in AsMapping(value, file, where + ".json").Children)
                {
                    var path = Scalar(pathNode, file, where + ".json");
                    var (steps, pathProblem) = MaskRule.ParsePath(path);
                    if (steps is null) throw Error(file, pathNode, $"{where}.json: '{path}' is not a JSON path: {pathProblem}");
                    var rule = ParseMask(maskNode, file, $"{where}.json.{path}");
                    if (rule.Kind is not (MaskKind.Email or MaskKind.FirstName or MaskKind.LastName or MaskKind.FullName or MaskKind.Username or MaskKind.Phone
                        or MaskKind.StreetAddress or MaskKind.City or MaskKind.Postcode or MaskKind.Ip or MaskKind.Hash or MaskKind.Digits or MaskKind.Lorem or MaskKind.Null))
                        throw Error(file, maskNode, $"{where}.json.{path}: a JSON path takes a masker by name (email, full_name, phone, ip, hash, digits, lorem, null, ...), not {rule}");
                    if (paths.Any(p => p.Path == path)) throw Error(file, pathNode, $"{where}.json: '{path}' is listed twice");
                    paths.Add(new JsonPathMask(path, steps, rule));
                }
                if (paths.Count == 0) throw Error(file, value, $"{where}.json: list at least one path, or write json alone to mask every value that looks personal");
                return new MaskRule(MaskKind.Json, Paths: paths);
            default:
                throw Error(file, keyNode, $"{where}: '{key}' is not a masker; use {KnownMaskers}");
        }
    }

    static HashSet<ColumnName> ParseKeep(YamlNode node, string file)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode list) throw Error(file, node, "keep: expected a list of schema.table.column");
        return list.Children.Select(c => Column(c, file, "keep")).ToHashSet();
    }

    static ColumnName Column(YamlNode node, string file, string where)
    {
        try { return ColumnName.Parse(Scalar(node, file, where)); }
        catch (DevDbException e) { throw Error(file, node, $"{where}: {e.Message}"); }
    }

    static bool Boolean(string? text, string file, YamlNode node, string key) => text switch
    {
        null or "false" => false,
        "true" => true,
        _ => throw Error(file, node, $"relations.{key}: '{text}' must be true or false"),
    };

    static DevDbConfig ParseBudget(DevDbConfig config, YamlNode node, string file)
    {
        if (node is YamlScalarNode) return config with { MaxRows = Integer(node, file, "max_rows", 1, long.MaxValue) };
        var perTable = new Dictionary<TableName, long>();
        long? all = null;
        foreach (var (k, v) in AsMapping(node, file, "max_rows").Children)
        {
            var key = Scalar(k, file, "max_rows");
            if (key == "default") { all = Integer(v, file, "max_rows.default", 1, long.MaxValue); continue; }
            TableName table;
            try { table = TableName.Parse(key); }
            catch (DevDbException e) { throw Error(file, k, "max_rows: " + e.Message); }
            perTable[table] = Integer(v, file, "max_rows." + key, 1, long.MaxValue);
        }
        return config with { MaxRows = all, MaxRowsPerTable = perTable };
    }

    static SamplingRule ParseRule(YamlNode node, string file, string where)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value switch
            {
                "all" => SamplingRule.All,
                "none" => SamplingRule.None,
                _ => throw Error(file, node, $"{where}: '{scalar.Value}' is not a rule; use all, none, or {{ percent: p }}, {{ limit: n }}, {{ where: \"...\" }}"),
            };
        }

        var map = AsMapping(node, file, where);
        CheckKeys(map, ["percent", "limit", "where"], file, where);
        double? percent = null;
        long? limit = null;
        string? condition = null;
        foreach (var (k, v) in map.Children)
        {
            switch (((YamlScalarNode)k).Value)
            {
                case "percent":
                    var text = Scalar(v, file, where + ".percent");
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || p <= 0 || p > 100 || double.IsNaN(p))
                        throw Error(file, v, $"{where}.percent: '{text}' must be a number greater than 0 and at most 100");
                    percent = p;
                    break;
                case "limit":
                    limit = Integer(v, file, where + ".limit", 0, long.MaxValue);
                    break;
                case "where":
                    condition = Scalar(v, file, where + ".where");
                    var problem = WhereClauseGuard.Problem(condition);
                    if (problem is not null) throw Error(file, v, $"{where}.where {problem}");
                    break;
            }
        }
        if (percent is not null && limit is not null)
            throw Error(file, node, $"{where}: percent and limit cannot be combined; use one of them (each may combine with where)");
        if (percent is not null) return new SamplingRule(RuleKind.Percent, percent, null, condition);
        if (limit is null && condition is null) throw Error(file, node, $"{where}: an empty rule; use all, none, percent, limit or where");
        return new SamplingRule(RuleKind.Filter, null, limit, condition);
    }

    static List<string> ParseStringList(YamlNode node, string file, string where)
    {
        if (node is YamlScalarNode s) return [Scalar(s, file, where)];
        if (node is not YamlSequenceNode seq) throw Error(file, node, $"{where}: expected a list");
        return seq.Children.Select(c => Scalar(c, file, where)).ToList();
    }

    static YamlMappingNode AsMapping(YamlNode node, string file, string where) =>
        node as YamlMappingNode ?? throw Error(file, node, $"{where}: expected a mapping of keys to values");

    static string Scalar(YamlNode node, string file, string where)
    {
        if (node is not YamlScalarNode { Value: { } value } || value.Length == 0)
            throw Error(file, node, $"{where}: expected a single value");
        return value;
    }

    static long Integer(YamlNode node, string file, string where, long min, long max)
    {
        var text = Scalar(node, file, where);
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw Error(file, node, $"{where}: '{text}' must be a whole number from {min} to {max}");
        return value;
    }

    static void CheckKeys(YamlMappingNode map, string[] allowed, string file, string where)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name }) throw Error(file, key, $"{where}: keys must be plain names");
            if (!allowed.Contains(name))
                throw Error(file, key, $"{where}: unknown key '{name}'; expected one of {string.Join(", ", allowed)}");
        }
    }

    static DevDbException Error(string file, YamlNode node, string message) =>
        new($"{file}:{node.Start.Line}: {message}", ExitCodes.BadInput);
}
