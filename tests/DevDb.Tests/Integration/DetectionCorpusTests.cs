using System.Text.RegularExpressions;
using DevDb.Common;
using DevDb.Masking;
using DevDb.Processes;
using DevDb.Tests.Infrastructure;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>Every labelled schema of sql/corpus/, each loaded once into a production database of its own.</summary>
public sealed class CorpusDatabases : IDisposable
{
    public CorpusDatabases()
    {
        var root = DevDbSettings.FindRepositoryRoot(AppContext.BaseDirectory);
        Pairs = DetectionCorpus.Schemas(root).ToDictionary(s => s, s => new DatabasePair($"corpus/{s}.sql"));
    }

    public IReadOnlyDictionary<string, DatabasePair> Pairs { get; }

    public void Dispose()
    {
        foreach (var pair in Pairs.Values) pair.Dispose();
    }
}

/// <summary>
/// Personal-data detection against schemas written apart from it, as varied as real applications
/// (Rails with Devise, Django, Laravel, EF Core with ASP.NET Identity, a legacy clinic, a Go billing
/// service, a forum, a ride-hailing service), each column labelled personal, borderline or not.
/// </summary>
public class DetectionCorpusTests(CorpusDatabases corpus, ITestOutputHelper output) : IClassFixture<CorpusDatabases>
{
    const string Key = "corpus-masking-key";

    public static TheoryData<string> Schemas => new(DetectionCorpus.Schemas(DevDbSettings.FindRepositoryRoot(AppContext.BaseDirectory)));

    DevDbSettings Settings(DatabasePair pair, string config, StringWriter? log = null) =>
        pair.Settings(config, output, DatabasePair.Environment(Key), log: log);

    [Fact]
    public void Detection_finds_98_percent_of_personal_columns_and_9_in_10_of_what_it_flags_is_personal()
    {
        var scores = new List<DetectionScore>();
        foreach (var (schema, pair) in corpus.Pairs)
        {
            var settings = Settings(pair, "");
            using var production = settings.OpenProduction();
            scores.Add(DetectionCorpus.Evaluate(settings, production, DetectionCorpus.Labels(pair.RepositoryRoot, schema)).Score);
        }
        var log = new StringWriter();
        DetectionCorpus.Print(Reporter.ToWriter(log), scores);
        output.WriteLine(log.ToString());
        var total = DetectionScore.Total(scores);
        Assert.True(scores.Count >= 6, $"{scores.Count} labelled schemas");
        Assert.True(total.Columns >= 1000, $"{total.Columns} columns");
        Assert.True(total.Personal >= 200, $"{total.Personal} personal columns");
        Assert.True(total.Recall >= 0.98, $"recall {total.Recall:0.000}: missed {string.Join(", ", total.Misses)}");
        Assert.True(total.Precision >= 0.9, $"precision {total.Precision:0.000}: false alarms {string.Join(", ", total.FalseAlarms.Select(f => f.Column))}");
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void The_printed_block_pasted_as_printed_builds_verifies_and_dumps_with_no_production_value_of_a_masked_column(string schema)
    {
        var pair = corpus.Pairs[schema];
        var log = new StringWriter();
        var e = Assert.Throws<DevDbException>(() => DatabasePair.Build(Settings(pair, "default: all\n", log)));
        Assert.Contains("personal-looking column", e.Message);
        var printed = log.ToString();
        var block = printed[printed.IndexOf("mask:", StringComparison.Ordinal)..];
        block = block[..(block.LastIndexOf("  # - ", StringComparison.Ordinal) is var end and >= 0 ? block.IndexOf('\n', end) : block.Length)];

        var settings = Settings(pair, "default: all\n" + block);
        BuildsVerifiesAndDumps(pair, settings);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void InitDevDb_s_file_builds_verifies_and_dumps_with_no_production_value_of_a_masked_column(string schema)
    {
        var pair = corpus.Pairs[schema];
        var path = Path.Combine(pair.WorkDirectory, "starter.yml");
        File.Delete(path);
        var init = DevDbSettings.Resolve(pair.Arguments(path) with { WritesConfig = true }, pair.RepositoryRoot,
            Reporter.ToWriter(new OutputWriter(output)), DatabasePair.Environment(Key), pair.WorkDirectory);
        InitProcess.Run(init);
        var written = File.ReadAllText(path);
        Assert.Contains("tables:", written);
        Assert.Contains("mask:", written);
        var again = Assert.Throws<DevDbException>(() => InitProcess.Run(init));
        Assert.Equal(ExitCodes.BadInput, again.ExitCode);
        Assert.Equal(written, File.ReadAllText(path));

        var settings = DevDbSettings.Resolve(pair.Arguments(path), pair.RepositoryRoot, Reporter.ToWriter(new OutputWriter(output)), DatabasePair.Environment(Key), pair.WorkDirectory);
        BuildsVerifiesAndDumps(pair, settings);
    }

    static void BuildsVerifiesAndDumps(DatabasePair pair, DevDbSettings settings)
    {
        var result = DatabasePair.Build(settings);
        Assert.True(result.Verification.Passed);
        Assert.True(result.TotalRows > 0);
        var dump = DumpProcess.Run(settings);
        Assert.True(new FileInfo(dump).Length > 0);
        // the dump holds the data: its manifest counts, table by table, the rows populate loaded
        using (var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(dump + ".manifest.json")))
            Assert.Equal(result.TotalRows, manifest.RootElement.GetProperty("rowsPerTable").EnumerateObject().Sum(t => t.Value.GetInt64()));

        using var dev = pair.OpenDevelopment();
        using var prod = pair.OpenProduction();
        using var devDb = settings.OpenTarget();
        var model = ModelLoader.Load(settings, devDb);
        Assert.NotEmpty(model.Masks.Rules);
        var leaks = new List<string>();
        foreach (var (column, rule) in model.Masks.Rules)
            leaks.AddRange(Leaks(prod, dev, model.Tables[column.Table], column, rule));
        Assert.True(leaks.Count == 0, "production values in the developer database:\n" + string.Join("\n", leaks.Take(20)));
    }

    static readonly Regex EmailInText = new(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.Compiled);

    /// <summary>
    /// Where a masked column still holds production's data: a row that kept its own value (matched by
    /// primary key, empty values aside, JSON that held nothing personal aside), and any of production's
    /// email addresses anywhere in the column.
    /// </summary>
    static IEnumerable<string> Leaks(NpgsqlConnection prod, NpgsqlConnection dev, Graph.LocalTable table, ColumnName column, MaskRule rule)
    {
        var key = table.PrimaryKey.Count > 0 && !table.PrimaryKey.Contains(column.Column)
            ? string.Join(" || '|' || ", table.PrimaryKey.Select(c => Sql.Quote(c) + "::text"))
            : "NULL::text";
        var select = $"SELECT {key}, {Sql.Quote(column.Column)}::text FROM {table.Name.Quoted} WHERE {Sql.Quote(column.Column)} IS NOT NULL";
        var production = Read(prod, select);
        var development = Read(dev, select);
        var byKey = production.Where(p => p.Key is not null).GroupBy(p => p.Key!).ToDictionary(g => g.Key, g => g.First().Value);
        var inPlace = rule.Kind == MaskKind.Json && rule.Paths is null;
        foreach (var (rowKey, value) in development)
        {
            if (rowKey is null || !byKey.TryGetValue(rowKey, out var original) || original != value) continue;
            if (original is "" or "{}" or "[]" or "\\x" || rule.Kind == MaskKind.Value) continue;
            if (inPlace && !EmailInText.IsMatch(original)) continue;
            yield return $"{column} ({rule}): row {rowKey} kept {Short(original)}";
        }
        var emails = production.SelectMany(p => EmailInText.Matches(p.Value).Select(m => m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (emails.Count == 0) yield break;
        foreach (var (_, value) in development)
            foreach (Match m in EmailInText.Matches(value))
                if (emails.Contains(m.Value)) { yield return $"{column} ({rule}): production's {m.Value}"; break; }
    }

    static List<(string? Key, string Value)> Read(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<(string?, string)>();
        while (reader.Read()) rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1)));
        return rows;
    }

    static string Short(string value) => value.Length > 60 ? value[..60] + "..." : value;
}
