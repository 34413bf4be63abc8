(function(internal){ internal.moment = function(){}; })(__cogman_internal);
