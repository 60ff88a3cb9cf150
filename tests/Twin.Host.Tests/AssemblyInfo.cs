// Host tests start real processes, each a silo; on two cores they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
