export * from './theme';
export * from './PageHeader';
export * from './EmptyState';
export * from './ErrorSummary';
export * from './StageBadge';
export * from './LoadingRows';
