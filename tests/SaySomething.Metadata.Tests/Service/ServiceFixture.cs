using SaySomething.Core.Judging;
using SaySomething.Core.Policies;
using SaySomething.Metadata.Caching;
using SaySomething.Metadata.Fixtures;

namespace SaySomething.Metadata.Tests.Service;

/// <summary>A fixture server with every fixture address, a loopback fetcher to it, a cache file and a service.</summary>
internal sealed class ServiceFixture : IAsyncDisposable
{
    private readonly TempFolder _folder = new();

    private ServiceFixture(FixtureServer server, MetadataOptions? options, TimeProvider? time, bool withCache)
    {
        Server = server.MapAll();
        Fetcher = new LoopbackFetcher(server);
        Cache = withCache ? SqliteMetadataCache.Open(_folder.File("cache.db"), time) : null;
        Time = time ?? TimeProvider.System;
        Service = new MetadataService(Fetcher, Cache, options, time);
    }

    public FixtureServer Server { get; }

    public LoopbackFetcher Fetcher { get; }

    public SqliteMetadataCache? Cache { get; }

    public TimeProvider Time { get; }

    public MetadataService Service { get; private set; }

    public static async Task<ServiceFixture> StartAsync(MetadataOptions? options = null, TimeProvider? time = null, bool withCache = true) =>
        new(await FixtureServer.StartAsync(), options, time, withCache);

    /// <summary>Gathers for <paramref name="text"/> and judges it, as the command line does.</summary>
    public async Task<(Judgement Judgement, GatheredMetadata Gathered)> CheckAsync(string text, FetchSetting setting = FetchSetting.On, PostJudge? judge = null)
    {
        judge ??= PostJudge.Default;
        var post = new PostToJudge { Text = text };
        var gathered = await Service.GatherAsync(post, judge, setting, CancellationToken.None);
        return (judge.Judge(gathered.ApplyTo(post)), gathered);
    }

    /// <summary>A second service on the same cache file, as another process would have.</summary>
    public MetadataService NewService(MetadataOptions? options = null)
    {
        Service.Dispose();
        Service = new MetadataService(Fetcher, Cache, options, Time);
        return Service;
    }

    public async ValueTask DisposeAsync()
    {
        Service.Dispose();
        Fetcher.Dispose();
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
