/** Comments (góp ý) in the renderer: the pane, its controller, and the calls for the toolbar, menus and app. */
export { CommentsPane } from './CommentsPane';
export { useComments, type CommentsController, type CommentsPaneModel, type CommentDraft } from './use-comments';
export { addCommentFromSelection, openCommentsPane, toggleCommentsPane, useCommentsPaneOpen } from './bridge';
export { useDocumentView } from './document-view';
