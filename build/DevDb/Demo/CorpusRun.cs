using DevDb.Cluster;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Masking;

namespace DevDb.Demo;

/// <summary>
/// The DetectionCorpus target: loads every labelled schema of sql/corpus/ into the demo's throwaway
/// cluster (a database each, made anew), runs personal-data detection on it as an action would, and
/// prints recall, precision, the time detection took, and every miss and false alarm.
/// </summary>
public static class CorpusRun
{
    public static IReadOnlyList<DetectionScore> Run(string repositoryRoot, Reporter reporter)
    {
        var cluster = DemoEnvironment.Cluster(repositoryRoot);
        cluster.Start(reporter);
        var work = Path.Combine(repositoryRoot, ".devdb", "corpus");
        Directory.CreateDirectory(work);
        // no decisions: every column is judged as on a first build
        var config = Path.Combine(work, "devdb.yml");
        File.WriteAllText(config, "# the corpus is judged with no decisions\n");
        var sql = new SqlFiles(Path.Combine(repositoryRoot, "sql"));
        var scores = new List<DetectionScore>();
        foreach (var schema in DetectionCorpus.Schemas(repositoryRoot))
        {
            var database = "corpus_" + schema;
            reporter.Info($"Loading sql/corpus/{schema}.sql into {database}");
            using (var server = GeneratedDatabase.Open(cluster, "postgres"))
            {
                var fragments = new Dictionary<string, SqlFragment> { ["database"] = SqlFragment.Identifier(database) };
                GeneratedDatabase.Execute(server, sql.Render("setup/drop_database.sql", fragments));
                GeneratedDatabase.Execute(server, sql.Render("shared/create_utf8_database.sql", fragments));
            }
            using (var connection = GeneratedDatabase.Open(cluster, database)) GeneratedDatabase.Execute(connection, File.ReadAllText(Path.Combine(repositoryRoot, "sql", "corpus", schema + ".sql")));
            var settings = DevDbSettings.Resolve(new DevDbArguments
            {
                ConfigPath = config,
                Production = new ServerArguments("127.0.0.1", cluster.Port, database, LocalCluster.Superuser),
                Development = new ServerArguments("127.0.0.1", cluster.Port, DemoEnvironment.DevelopmentDatabase, LocalCluster.Superuser),
            }, repositoryRoot, reporter, environment: _ => null);
            using var production = settings.OpenProduction();
            scores.Add(DetectionCorpus.Evaluate(settings, production, DetectionCorpus.Labels(repositoryRoot, schema)).Score);
        }
        DetectionCorpus.Print(reporter, scores);
        return scores;
    }
}
